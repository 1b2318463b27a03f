package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.testing.IntegrationTest;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * The frame never outgrows the 800x480 window: the status bar and the navigation stay on screen
 * whatever the notices, the feedback line or the hidden keyboard, and the feedback line floats
 * over the screen instead of pushing its buttons around under a finger.
 */
@IntegrationTest
class FrameLayoutScreenTest extends KioskScreenTest {
    private static final String LONG_NOTICE =
            "KAA Gent - brugge: aftrap verplaatst van za 28 nov 20:45 naar zo 29 nov 18:30, " + "parking leeg om 15:30";

    @Test
    void threeLongNoticesAndARefusalLeaveTheStatusBarAndTheNavigationOnScreen() {
        for (int i = 1; i <= 3; i++) {
            test.kiosk
                    .notices()
                    .add(Optional.of(UiTestKiosk.BRUGGE), LONG_NOTICE + " (" + i + ")", test.clock.instant());
        }
        interact(() -> test.kiosk.changes().publish(ChangeFeed.Topic.NOTICES));
        assertThat(lookup(".notice").queryAll()).hasSize(3);
        var snooze = sceneBounds(lookup("#snooze-15").query());
        var confirm = sceneBounds(lookup("#confirm-clear").query());

        refusedLightTest();

        assertThat(lookup("#feedback").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("error"));
        assertFrameOnScreen();
        var nav = sceneBounds(lookup(".nav-bar").query());
        assertThat(confirm.getMaxY())
                .as("the hero's buttons stay above the navigation")
                .isLessThanOrEqualTo(nav.getMinY());
        assertThat(sceneBounds(lookup("#snooze-15").query()))
                .as("the hero's buttons stay put")
                .isEqualTo(snooze);
        assertThat(sceneBounds(lookup("#confirm-clear").query())).isEqualTo(confirm);
        var line = sceneBounds(lookup("#feedback").query());
        assertThat(line.getMaxY())
                .as("the feedback line sits just above the navigation")
                .isLessThanOrEqualTo(nav.getMinY())
                .isGreaterThan(nav.getMinY() - 20);
    }

    @Test
    void theButtonsAtTheBottomOfAScreenStayPutWhenFeedbackAppears() {
        interact(() -> shell.openEvent(UiTestKiosk.BRUGGE));
        var add = sceneBounds(lookup("#add-alert").query());
        var mute = sceneBounds(lookup("#mute-event").query());

        refusedLightTest();

        assertThat(shown("feedback")).isTrue();
        assertThat(sceneBounds(lookup("#add-alert").query())).isEqualTo(add);
        assertThat(sceneBounds(lookup("#mute-event").query())).isEqualTo(mute);
        assertFrameOnScreen();
    }

    @Test
    void theNewEventFormWithTheKeyboardHiddenAndARefusalFitsTheWindow() {
        clickOn("#nav-new-event");
        clickOn("#key-done");
        var save = sceneBounds(lookup("#new-save").query());

        clickOn("#new-save"); // no name: refused
        assertThat(shown("feedback")).isTrue();
        assertFrameOnScreen();
        assertThat(sceneBounds(lookup("#new-save").query())).isEqualTo(save);

        clickOn("#nav-language");
        assertFrameOnScreen();
    }

    /** The test kiosk has no alarm light: the light test is refused, in red on the feedback line. */
    private void refusedLightTest() {
        clickOn("#light-test");
        for (var digit : UiTestKiosk.ADMIN_PIN.toCharArray()) {
            clickOn("#pin-" + digit);
        }
        clickOn("#pin-ok");
        assertThat(text("feedback")).isEqualTo("Niet gelukt: Deze kiosk heeft geen alarmlicht");
    }

    private void assertFrameOnScreen() {
        var scene = lookup(".status-bar").query().getScene();
        var status = sceneBounds(lookup(".status-bar").query());
        var nav = sceneBounds(lookup(".nav-bar").query());
        assertThat(status.getMinY()).as("status bar top").isGreaterThanOrEqualTo(0);
        assertThat(nav.getMaxY()).as("navigation bottom").isLessThanOrEqualTo(scene.getHeight());
        assertThat(status.getMinX()).as("status bar left").isGreaterThanOrEqualTo(0);
        assertThat(nav.getMaxX()).as("navigation right").isLessThanOrEqualTo(scene.getWidth());
    }

    private Bounds sceneBounds(Node node) {
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()));
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> call) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        interact(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }
}
