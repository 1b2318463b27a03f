package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.Ticker;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.dashboard.DashboardViewModel;
import be.ghelamcoalert.ui.shell.KioskShell;
import be.ghelamcoalert.ui.shell.WarmUp;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: one stage, full screen on the kiosk, a window on a laptop. The toolkit
 * may start before the kiosk's store is open: the stage is shown once the services and the
 * dashboard's first data are there, so the first frame already shows the deadlines.
 */
public final class KioskApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);
    private static final AtomicReference<CompletableFuture<Ready>> READY = new AtomicReference<>();
    private static final CompletableFuture<StartTimes> FIRST_FRAME = new CompletableFuture<>();
    private static volatile Duration toolkitUp = Duration.ZERO;

    /**
     * Where the start went, each as the time since the JVM started: the JavaFX toolkit up, the
     * store open with the dashboard's data read, the first frame showing it.
     */
    public record StartTimes(Duration toolkitUp, Duration dataReady, Duration firstFrame) {}

    /** The services and the dashboard's data, loaded off the UI thread before the stage is shown. */
    private record Ready(KioskUiContext context, DashboardViewModel.Snapshot dashboard, Duration at) {
        static Ready load(KioskUiContext context) {
            return new Ready(context, DashboardViewModel.Snapshot.load(context.queries()), sinceJvmStart());
        }
    }

    private BackgroundWork work;
    private KioskShell shell;
    private Ticker ticker;

    /** Hands the core's services to the application before {@link Application#launch}. */
    public static void prepare(KioskUiContext context) {
        prepare(CompletableFuture.completedFuture(Objects.requireNonNull(context)));
    }

    /**
     * Hands over services that are still starting. The dashboard's data is loaded on the thread
     * that completes {@code context}; when it fails, the application ends.
     */
    public static void prepare(CompletableFuture<KioskUiContext> context) {
        READY.set(context.thenApply(Ready::load));
    }

    /**
     * Completes on the UI thread in the pulse that first draws the dashboard with its data; fails
     * when the kiosk's services did not start or the dashboard could not be built (the screen has
     * closed then).
     */
    public static CompletableFuture<StartTimes> firstFrame() {
        return FIRST_FRAME;
    }

    @Override
    public void start(Stage stage) {
        toolkitUp = sinceJvmStart();
        var ready = Objects.requireNonNull(READY.get(), "KioskApplication.prepare was not called");
        if (!ready.isDone()) {
            WarmUp.run();
        }
        ready.whenComplete((services, failure) -> UiThread.javaFx().run(() -> {
            if (failure != null) {
                LOG.error("The kiosk did not start; closing the screen");
                close(failure);
                return;
            }
            try {
                show(stage, services);
            } catch (RuntimeException e) {
                LOG.error("The dashboard could not be built; closing the screen", e);
                close(e);
            }
        }));
    }

    /**
     * Ends the screen without a first frame: {@link #firstFrame()} fails with {@code failure}, so
     * whoever waits for the screen learns it will not come, and {@link Application#launch} returns.
     */
    private static void close(Throwable failure) {
        FIRST_FRAME.completeExceptionally(failure);
        Platform.exit();
    }

    private void show(Stage stage, Ready ready) {
        var context = ready.context();
        work = BackgroundWork.singleThread(UiThread.javaFx());
        shell = new KioskShell(context, work, ready.dashboard());
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
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (shell.showsData()) {
                    reportFirstFrame(ready.at());
                    scene.removePostLayoutPulseListener(this); // not called again for the kiosk's weeks on screen
                }
            }
        });
        stage.show();
        if (context.settings().usesDefaultPin() && !context.demo()) {
            LOG.warn("The admin PIN is the documented default: set GHELAMCO__UI__ADMINPIN");
        }
    }

    private static void reportFirstFrame(Duration dataReady) {
        var times = new StartTimes(toolkitUp, dataReady, sinceJvmStart());
        if (FIRST_FRAME.complete(times)) {
            CompletableFuture.runAsync(() -> LOG.info("Kiosk screen shown {} ms after the JVM started (toolkit up at {} ms, "
                    + "store and dashboard data at {} ms)", times.firstFrame().toMillis(), times.toolkitUp().toMillis(),
                    times.dataReady().toMillis()));
        }
    }

    private static Duration sinceJvmStart() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
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
