package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * At 800x480 and 720x1280, in Dutch and in English: every button keeps its words (no "…") and is
 * at least 48 px each way, dialogs included, and the status bar says in full what is wrong when
 * the cloud is offline and the import failing, next to the clock, the lamp and the light test.
 */
@IntegrationTest
class TouchTargetsScreenTest extends FxRobot {
    @TempDir
    Path dataDir;

    private UiTestKiosk test;
    private KioskShell shell;

    static Stream<Arguments> displays() {
        return Stream.of(
                Arguments.of("nl", 800, 480),
                Arguments.of("en", 800, 480),
                Arguments.of("nl", 720, 1280),
                Arguments.of("en", 720, 1280));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (shell != null) {
            interact(shell::close);
        }
        test.close();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("displays")
    void theStatusBarSaysInFullWhatIsWrong(String language, int width, int height) throws Exception {
        test = new UiTestKiosk(dataDir);
        var now = test.clock.instant();
        test.kiosk.status().cloud(new CloudStatus(CloudStatus.State.OFFLINE, now.minus(Duration.ofHours(20)), "lost"));
        test.kiosk
                .status()
                .fixtures(new ImportStatus(
                        ImportStatus.Health.FAILING, Optional.of(now.minus(Duration.ofHours(49))), "timeout"));
        // With the demo badge: the fullest bar there is.
        shell = ShellOnStage.show(test.demoContext(language), width, height);
        interact(shell::tick);

        assertThat(lookup(".status-bar").query().getScene().getWidth()).isEqualTo(width);
        assertThat(sceneBounds(lookup("#status-clock").query()).getMinX())
                .as("the clock within the screen")
                .isGreaterThanOrEqualTo(0);
        for (var id : List.of("status-clock", "status-cloud", "status-import", "status-light", "light-test")) {
            var label = lookup("#" + id).queryAs(Labeled.class);
            assertThat(label.getText()).as(id).isNotBlank();
            assertWhole(label);
            assertThat(sceneBounds(label).getMaxX())
                    .as(id + " within the screen")
                    .isLessThanOrEqualTo(width);
        }
        for (var id : List.of("status-cloud", "status-import")) {
            var label = lookup("#" + id).queryAs(Labeled.class);
            for (var word : label.getText().split(" ")) {
                var measured = new Text(word);
                measured.setFont(label.getFont());
                assertThat(measured.getLayoutBounds().getWidth())
                        .as("%s: the word '%s' fits on a line", id, word)
                        .isLessThanOrEqualTo(label.getWidth()
                                - label.getInsets().getLeft()
                                - label.getInsets().getRight());
            }
        }
        assertThat(text("status-cloud")).contains(language.equals("nl") ? "offline sinds" : "offline since");
        assertThat(text("status-import")).contains(language.equals("nl") ? "bron faalt" : "source failing");
        assertThat(sceneBounds(lookup(".lamp").query()).getMaxX())
                .as("the lamp")
                .isLessThanOrEqualTo(width);
        assertThat(lookup("#light-test").queryAs(ButtonBase.class).getHeight()).isGreaterThanOrEqualTo(48);
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("displays")
    void dialogsKeepTheirWordsAndFingerSizedButtons(String language, int width, int height) throws Exception {
        test = new UiTestKiosk(dataDir);
        shell = ShellOnStage.show(test.context(language), width, height);

        fire("light-test");
        assertDialog("PIN");
        for (var key : List.of("pin-1", "pin-back", "pin-ok")) {
            var button = lookup("#" + key).queryAs(ButtonBase.class);
            assertThat(button.getWidth()).as(key + " width").isGreaterThanOrEqualTo(72);
            assertThat(button.getHeight()).as(key + " height").isGreaterThanOrEqualTo(56);
        }
        fire("pin-cancel");

        fire("confirm-clear");
        assertDialog("confirm");
        fire("confirm-no");

        interact(() -> shell.openEvent(UiTestKiosk.BRUGGE));
        interact(() -> lookup(".alert-retime").queryAs(ButtonBase.class).fire());
        assertDialog("time picker");
        fire("pick-cancel");

        fire("add-alert");
        assertDialog("new alert");
        fire("pick-cancel");
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("displays")
    void aLongNoticeKeepsItsButtonWhole(String language, int width, int height) throws Exception {
        test = new UiTestKiosk(dataDir);
        long id = test.kiosk
                .notices()
                .add(
                        Optional.of(UiTestKiosk.BRUGGE),
                        "KAA Gent - brugge: aftrap verplaatst van "
                                + "za 28 nov 20:45 naar zo 29 nov 18:30, parking leeg om 15:30; de lichten gaan om 14:30 aan en "
                                + "de melding van de dag ervoor komt om 16:00",
                        test.clock.instant());
        shell = ShellOnStage.show(test.context(language), width, height);
        interact(() -> test.kiosk.changes().publish(ChangeFeed.Topic.NOTICES));

        var dismiss = (ButtonBase) TaggedNodes.dismissButton(this, id).orElseThrow();
        assertWhole(dismiss);
        assertThat(dismiss.getWidth()).isGreaterThanOrEqualTo(48);
        assertThat(sceneBounds(dismiss).getMaxX()).isLessThanOrEqualTo(width);
        for (var hero : List.of("snooze-15", "snooze-30", "snooze-60", "confirm-clear")) {
            assertWhole(lookup("#" + hero).queryAs(Labeled.class));
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("displays")
    void theKeypadStaysPutWhenTheLockoutMessageAppears(String language, int width, int height) throws Exception {
        test = new UiTestKiosk(dataDir);
        shell = ShellOnStage.show(test.context(language), width, height);
        fire("nav-settings");
        var keys = List.of("pin-1", "pin-5", "pin-ok", "pin-cancel");
        var before =
                keys.stream().map(k -> sceneBounds(lookup("#" + k).query())).toList();

        for (int attempt = 1; attempt <= be.ghelamcoalert.core.model.PinLockout.TRIES; attempt++) {
            for (int digit = 0; digit < 4; digit++) {
                fire("pin-1");
            }
            fire("pin-ok");
        }

        assertThat(text("pin-error")).contains(language.equals("nl") ? "Te veel foute codes" : "Too many wrong PINs");
        assertWhole(lookup("#pin-error").queryAs(Labeled.class));
        assertThat(keys.stream().map(k -> sceneBounds(lookup("#" + k).query())).toList())
                .as("the keypad did not move")
                .isEqualTo(before);
        assertDialog("PIN locked");
    }

    /** The dialog on the overlay: inside the window, every word whole, every button at least 48x48. */
    private void assertDialog(String which) {
        var dialog = lookup(".dialog").query();
        var scene = dialog.getScene();
        var box = sceneBounds(dialog);
        assertThat(box.getMinX()).as(which + " left").isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxX()).as(which + " right").isLessThanOrEqualTo(scene.getWidth());
        assertThat(box.getMinY()).as(which + " top").isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxY()).as(which + " bottom").isLessThanOrEqualTo(scene.getHeight());
        var labeled = descendants(dialog)
                .filter(n -> n instanceof Labeled && n.isVisible())
                .map(Labeled.class::cast)
                .toList();
        assertThat(labeled).as(which).isNotEmpty();
        labeled.forEach(this::assertWhole);
        var buttons = labeled.stream().filter(ButtonBase.class::isInstance).toList();
        assertThat(buttons).as(which + " buttons").hasSizeGreaterThanOrEqualTo(2);
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.getWidth()).as(which + " " + b.getId() + " width").isGreaterThanOrEqualTo(48);
            assertThat(b.getHeight()).as(which + " " + b.getId() + " height").isGreaterThanOrEqualTo(48);
        });
    }

    /** No ellipsis: the text drawn is the whole text. */
    private void assertWhole(Labeled labeled) {
        var drawn = (Text) labeled.lookup(".text");
        var shown = drawn == null ? "" : drawn.getText();
        assertThat(shown)
                .as(
                        "%s (%s) shows its whole text",
                        labeled.getId(), labeled.getClass().getSimpleName())
                .isEqualTo(labeled.getText());
    }

    private static Stream<Node> descendants(Node node) {
        return node instanceof Parent parent
                ? Stream.concat(
                        Stream.of(node),
                        parent.getChildrenUnmodifiable().stream().flatMap(TouchTargetsScreenTest::descendants))
                : Stream.of(node);
    }

    private void fire(String id) {
        interact(() -> lookup("#" + id).queryAs(ButtonBase.class).fire());
    }

    private String text(String id) {
        return lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private Bounds sceneBounds(Node node) {
        var result = new java.util.concurrent.atomic.AtomicReference<Bounds>();
        interact(() -> result.set(node.localToScene(node.getLayoutBounds())));
        return result.get();
    }
}
