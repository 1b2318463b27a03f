package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.dashboard.DashboardView;
import be.ghelamcoalert.ui.dashboard.DashboardViewModel;
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
    private DashboardViewModel dashboard;

    /** Hands the core's services to the application before {@link Application#launch}. */
    public static void prepare(KioskUiContext context) {
        CONTEXT.set(Objects.requireNonNull(context));
    }

    @Override
    public void start(Stage stage) {
        var context = Objects.requireNonNull(CONTEXT.get(), "KioskApplication.prepare was not called");
        work = BackgroundWork.singleThread(UiThread.javaFx());
        dashboard = new DashboardViewModel(context.queries(), context.commands(), context.clock(), work);
        var view = new DashboardView(dashboard, context.kioskName(), context.demo());
        var scene = new Scene(view.root(), context.settings().width(), context.settings().height());
        scene.getStylesheets().add(Objects.requireNonNull(
                DashboardView.class.getResource("dashboard.css")).toExternalForm());
        context.changes().subscribe(topic -> dashboard.refresh());
        stage.setTitle("Ghelamco Alert — " + context.kioskName());
        stage.setScene(scene);
        if (context.settings().fullScreen()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        dashboard.start();
        stage.show();
        LOG.info("Kiosk screen shown ({})", context.settings().fullScreen() ? "full screen" : "window");
    }

    @Override
    public void stop() {
        if (dashboard != null) {
            dashboard.stop();
        }
        if (work != null) {
            work.close();
        }
    }
}
