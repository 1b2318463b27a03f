package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the screen tests: the whole kiosk screen at 800x480 on a real kiosk (H2 in a temporary
 * directory). Service calls run in place on the FX thread, so each tap has finished, database
 * and all, when the robot returns; time only moves when the test moves the clock and ticks.
 */
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
        FxToolkit.registerPrimaryStage();
        var created = new AtomicReference<KioskShell>();
        FxToolkit.setupStage(stage -> {
            var work = new BackgroundWork(Runnable::run, UiThread.javaFx());
            var kioskShell = new KioskShell(context(), work);
            var scene = new Scene(kioskShell.root(), 800, 480);
            scene.getStylesheets().addAll(KioskShell.stylesheets());
            stage.setScene(scene);
            kioskShell.start();
            stage.show();
            created.set(kioskShell);
        });
        shell = created.get();
        WaitForAsyncUtils.waitForFxEvents();
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

    protected boolean shown(String id) {
        return lookup("#" + id).tryQuery().filter(Node::isVisible).filter(n -> n.getScene() != null).isPresent();
    }
}
