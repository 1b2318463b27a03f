package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.shell.Screen;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import org.junit.jupiter.api.Test;

@IntegrationTest
class NightAndLayoutScreenTest extends KioskScreenTest {

    @Test
    void atNightTheScreenDimsAndTheWakingTouchPressesNothing() {
        test.clock.set(brussels(2026, 11, 28, 23, 0));
        tick();
        assertThat(shown("night-veil")).isTrue();

        clickOn("#nav-metrics");
        assertThat(shown("night-veil")).isFalse();
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);

        clickOn("#nav-metrics");
        assertThat(shell.current()).isEqualTo(Screen.METRICS);
    }

    @Test
    void neverRestsWhileTheLightIsOn() {
        interact(
                () -> test.kiosk.status().light(new LightStatus(LightStatus.LightPattern.STEADY, "overdue", true, "")));
        test.clock.set(brussels(2026, 11, 28, 23, 0));
        tick();

        assertThat(shown("night-veil")).isFalse();
    }

    @Test
    void everyButtonOnEveryScreenIsAtLeast48PixelsAt800x480() {
        for (var screen :
                List.of(Screen.DASHBOARD, Screen.NEW_EVENT, Screen.REMOTE_COMMANDS, Screen.METRICS, Screen.SETTINGS)) {
            interact(() -> shell.show(screen));
            assertTouchTargets(screen.name());
        }
        interact(() -> shell.openEvent(UiTestKiosk.BRUGGE));
        assertTouchTargets("EVENT");
        clickOn("#nav-new-event");
        clickOn("#key-done");
        assertTouchTargets("NEW_EVENT steppers");
    }

    @Test
    void everyButtonInEveryDialogIsAtLeast48PixelsAt800x480() {
        clickOn("#light-test");
        assertTouchTargets("PIN dialog");
        assertThat(lookup("#pin-5").queryButton().getWidth())
                .as("a PIN key is 72 px wide")
                .isGreaterThanOrEqualTo(72);
        assertThat(lookup("#pin-5").queryButton().getHeight())
                .as("and 56 px high")
                .isGreaterThanOrEqualTo(56);
        clickOn("#pin-cancel");

        clickOn("#confirm-clear");
        assertTouchTargets("confirm dialog");
        clickOn("#confirm-no");

        interact(() -> shell.openEvent(UiTestKiosk.BRUGGE));
        clickOn(lookup(".alert-retime").<Node>query());
        assertTouchTargets("time picker");
        clickOn("#pick-cancel");
        clickOn("#add-alert");
        assertTouchTargets("new alert");
        assertThat(lookup(".kind-toggle").queryAll()).hasSize(3);
    }

    @Test
    void theKioskDisplayGetsTheCompactLayout() {
        assertThat(shell.root().getStyleClass()).contains("layout-compact");
    }

    private void assertTouchTargets(String where) {
        var buttons = lookup(n -> n instanceof ButtonBase && visibleInScene(n)).queryAllAs(ButtonBase.class);
        assertThat(buttons).as(where).isNotEmpty();
        assertThat(buttons).as(where).allSatisfy(b -> {
            assertThat(b.getHeight()).as(where + " " + b.getId() + " height").isGreaterThanOrEqualTo(48);
            assertThat(b.getWidth()).as(where + " " + b.getId() + " width").isGreaterThanOrEqualTo(48);
        });
    }

    private static boolean visibleInScene(Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
