package be.ghelamcoalert.ui;

import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Base of the screen tests: the whole kiosk screen at 800x480 on a real kiosk (H2 in a temporary
 * directory). Service calls run in place on the FX thread, so each tap has finished, database
 * and all, when the robot returns; time only moves when the test moves the clock and ticks.
 */
@IntegrationTest
abstract class KioskScreenTest extends FxRobot {
    @TempDir
    Path dataDir;

    protected UiTestKiosk test;
    protected KioskShell shell;

    protected String language() {
        return "nl";
    }

    protected KioskUiContext context() {
        return test.context(language());
    }

    @BeforeEach
    void showScreen() throws Exception {
        test = new UiTestKiosk(dataDir);
        shell = ShellOnStage.show(context());
    }

    @AfterEach
    void closeScreen() throws Exception {
        FxToolkit.cleanupStages();
        interact(shell::close);
        test.close();
    }

    /** One tick of the screen's second timer. */
    protected void tick() {
        interact(shell::tick);
    }

    protected String text(String id) {
        return lookup("#" + id).queryAs(Labeled.class).getText();
    }

    /** On the screen: in the scene, visible, and so are all its parents. */
    protected boolean shown(String id) {
        return lookup("#" + id).tryQuery().filter(KioskScreenTest::onScreen).isPresent();
    }

    /** In the scene, visible, and so are all its parents. */
    static boolean onScreen(Node node) {
        return node.getScene() != null && visibleUpToTheRoot(node);
    }

    private static boolean visibleUpToTheRoot(Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
