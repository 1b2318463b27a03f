package be.ghelamcoalert.ui;

import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.app.AlarmWiring;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen with the real alarm engine on Pi4J's mock relay: a tap changes the database, the
 * engine switches the relay on its own thread, and the lamp on screen follows.
 */
@IntegrationTest
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

        assertThat(test.alert(BRUGGE, AlertKind.WARNING).stateAt(test.clock.instant()))
                .isEqualTo(AlertState.SNOOZED);
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

    /**
     * Fault table: the UI thread blocked for 10 s (a slow layout, a stuck dialog) does not hold
     * the light back: the engine switches the relay on its own thread, and the screen catches up.
     */
    @Test
    void aUiThreadBlockedForTenSecondsDoesNotHoldTheLightBack() throws Exception {
        awaitLamp(true);
        clickOn("#snooze-15");
        awaitLamp(false);
        var blocked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var uiThreadFree = new java.util.concurrent.atomic.AtomicBoolean();
        javafx.application.Platform.runLater(() -> {
            blocked.countDown();
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                uiThreadFree.set(true);
            }
        });
        assertThat(blocked.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        test.clock.advance(Duration.ofMinutes(16)); // the snooze is over
        await().atMost(Duration.ofSeconds(30))
                .until(() -> test.kiosk.status().light().lit());

        assertThat(uiThreadFree).as("lit while the UI thread was still blocked").isFalse();
        release.countDown();
        awaitLamp(true);
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
