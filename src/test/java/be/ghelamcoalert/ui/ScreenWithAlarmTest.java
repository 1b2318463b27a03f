package be.ghelamcoalert.ui;

import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.app.AlarmWiring;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen with the real alarm engine on Pi4J's mock relay: a tap changes the database, the
 * engine switches the relay on its own thread, and the lamp on screen follows.
 */
class ScreenWithAlarmTest extends KioskScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeEach
    void startAlarm() {
        AlarmWiring.start(test.kiosk, true);
    }

    @Test
    void snoozeSwitchesTheLightOffAndItReturnsWhenTheSnoozeEnds() {
        awaitLamp(true);

        clickOn("#snooze-15");

        assertThat(test.alert(BRUGGE, AlertKind.WARNING).stateAt(test.clock.instant())).isEqualTo(AlertState.SNOOZED);
        awaitLamp(false);
        assertThat(text("status-light")).isEqualTo("Licht uit");

        test.clock.advance(Duration.ofMinutes(16));
        awaitLamp(true);
    }

    @Test
    void confirmingTheCarParkIsClearSwitchesTheLightOff() {
        awaitLamp(true);

        clickOn("#confirm-clear");
        clickOn("#confirm-yes");

        assertThat(test.alert(BRUGGE, AlertKind.WARNING).confirmedAt()).isPresent();
        awaitLamp(false);
        assertThat(test.kiosk.status().light().lit()).isFalse();
    }

    private void awaitLamp(boolean lit) {
        await().atMost(WAIT).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(test.kiosk.status().light().lit()).isEqualTo(lit);
            assertThat(text("status-light")).isEqualTo(lit ? expectedLitText() : "Licht uit");
        });
    }

    private String expectedLitText() {
        return switch (test.kiosk.status().light().pattern()) {
            case STEADY -> "Licht AAN";
            case SLOW_BLINK -> "Licht knippert";
            case OFF -> "Licht uit";
        };
    }
}
