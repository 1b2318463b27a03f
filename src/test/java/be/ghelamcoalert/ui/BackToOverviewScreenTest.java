package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import be.ghelamcoalert.ui.shell.Screen;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The kiosk goes back to the overview by itself: after two minutes (kiosk.yaml's default) without
 * a touch, and at once when an alert becomes active or the light comes on. A dialog left open is
 * closed, and the admin screen asks for the PIN again.
 */
@IntegrationTest
class BackToOverviewScreenTest extends KioskScreenTest {

    @Test
    void anyScreenLeftUntouchedForTwoMinutesGoesBackToTheOverview() {
        tick();
        clickOn("#nav-metrics");

        test.clock.advance(Duration.ofSeconds(90));
        tick();
        clickOn("#nav-remote-commands");
        test.clock.advance(Duration.ofSeconds(119));
        tick();
        assertThat(shell.current()).as("a touch 119 s ago").isEqualTo(Screen.REMOTE_COMMANDS);

        test.clock.advance(Duration.ofSeconds(1));
        tick();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);
    }

    @Test
    void theAdminScreenLeftThisWayAsksForThePinAgain() {
        clickOn("#nav-settings");
        for (var digit : UiTestKiosk.ADMIN_PIN.toCharArray()) {
            clickOn("#pin-" + digit);
        }
        clickOn("#pin-ok");
        assertThat(shell.current()).isEqualTo(Screen.SETTINGS);

        test.clock.advance(Duration.ofMinutes(2));
        tick();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);

        clickOn("#nav-settings");
        assertThat(shown("pin-dots")).as("the PIN is asked").isTrue();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);
    }

    @Test
    void anOpenDialogIsClosedEvenOnTheOverview() {
        clickOn("#confirm-clear");
        assertThat(shown("confirm-yes")).isTrue();

        test.clock.advance(Duration.ofMinutes(2));
        tick();
        assertThat(shown("confirm-yes")).isFalse();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);

        interact(() -> shell.openEvent(UiTestKiosk.BRUGGE));
        clickOn(lookup(".alert-retime").<javafx.scene.Node>query());
        assertThat(shown("pick-ok")).as("the time picker").isTrue();
        test.clock.advance(Duration.ofMinutes(2));
        tick();
        assertThat(shown("pick-ok")).isFalse();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);
        assertThat(test.alert(UiTestKiosk.BRUGGE, be.ghelamcoalert.core.model.AlertKind.WARNING)
                        .dueAt())
                .as("nothing was picked")
                .isEqualTo(brussels(2026, 11, 28, 16, 45).toInstant());
    }

    @Test
    void aScreenGoesBackToTheOverviewAtOnceWhenAnAlertBecomesActive() {
        // A second match tonight: its light comes on at 17:30. Brugge's (on since 16:45) is confirmed first.
        test.store(TestEvents.homeMatch("anderlecht", UiTestKiosk.MATCH_DAY, LocalTime.of(21, 30)));
        clickOn("#confirm-clear");
        clickOn("#confirm-yes");
        test.clock.set(brussels(2026, 11, 28, 17, 29));
        tick();
        clickOn("#nav-new-event");

        test.clock.advance(Duration.ofSeconds(59));
        tick();
        assertThat(shell.current()).isEqualTo(Screen.NEW_EVENT);

        test.clock.advance(Duration.ofSeconds(1));
        tick();
        assertThat(shell.current()).as("a minute after the last touch").isEqualTo(Screen.DASHBOARD);

        clickOn("#nav-metrics");
        tick();
        assertThat(shell.current())
                .as("an alert that stays active does not send the screen back")
                .isEqualTo(Screen.METRICS);
    }

    @Test
    void aScreenGoesBackToTheOverviewAtOnceWhenTheLightComesOn() {
        clickOn("#confirm-clear");
        clickOn("#confirm-yes");
        tick();
        clickOn("#nav-remote-commands");
        tick();
        assertThat(shell.current()).isEqualTo(Screen.REMOTE_COMMANDS);

        interact(() ->
                test.kiosk.status().light(new LightStatus(LightStatus.LightPattern.STEADY, "light test", true, "")));
        tick();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);
    }
}
