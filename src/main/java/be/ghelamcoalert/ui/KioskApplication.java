package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.Ticker;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one stage, full screen on the kiosk, a window on a laptop. */
public final class KioskApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);
    private static final AtomicReference<KioskUiContext> CONTEXT = new AtomicReference<>();

    private BackgroundWork work;
    private KioskShell shell;
    private Ticker ticker;

    /** Hands the core's services to the application before {@link Application#launch}. */
    public static void prepare(KioskUiContext context) {
        CONTEXT.set(Objects.requireNonNull(context));
    }

    @Override
    public void start(Stage stage) {
        var context = Objects.requireNonNull(CONTEXT.get(), "KioskApplication.prepare was not called");
        work = BackgroundWork.singleThread(UiThread.javaFx());
        shell = new KioskShell(context, work);
        var scene = new Scene(shell.root(), context.settings().width(), context.settings().height());
        scene.getStylesheets().addAll(KioskShell.stylesheets());
        stage.setTitle("Ghelamco Alert — " + context.kioskName());
        stage.setScene(scene);
        if (context.settings().fullScreen()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        shell.start();
        ticker = new Ticker(UiThread.javaFx(), shell::tick);
        stage.show();
        if (context.settings().usesDefaultPin() && !context.demo()) {
            LOG.warn("The admin PIN is the documented default: set GHELAMCO__UI__ADMINPIN");
        }
        LOG.info("Kiosk screen shown ({})", context.settings().fullScreen() ? "full screen" : "window");
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.close();
        }
        if (shell != null) {
            shell.close();
        }
        if (work != null) {
            work.close();
        }
    }
}
