package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.Ticker;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.dashboard.DashboardViewModel;
import be.ghelamcoalert.ui.shell.KioskShell;
import be.ghelamcoalert.ui.shell.WarmUp;
import be.ghelamcoalert.ui.start.StartPicture;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: one stage, full screen on the kiosk, a window on a laptop. The kiosk
 * starts it once the light is restored, and loads the dashboard's data while the toolkit comes up.
 * With a {@link StartPicture} the stage opens with it at once; without one it opens once the
 * dashboard's first data is there, so the first frame already shows the deadlines either way.
 */
public final class KioskApplication extends Application {
    private static final CompletableFuture<Ready> READY = new CompletableFuture<>();
    private static final CompletableFuture<Optional<StartPicture>> PICTURE = new CompletableFuture<>();
    private static final AtomicReference<CompletableFuture<Void>> LAUNCHED = new AtomicReference<>();
    private static final CompletableFuture<Boolean> PICTURE_SHOWN = new CompletableFuture<>();
    private static final CompletableFuture<StartTimes> DASHBOARD_SHOWN = new CompletableFuture<>();
    private static volatile Duration toolkitUp = Duration.ZERO;
    private static volatile Optional<Duration> startPictureShown = Optional.empty();

    /**
     * Where the start went, each as the time since the JVM started: the JavaFX toolkit up, the
     * first frame of the start picture (none without one), the store open with the dashboard's
     * data read, the first frame of the live dashboard showing it.
     */
    public record StartTimes(
            Duration toolkitUp, Optional<Duration> startPicture, Duration dataReady, Duration dashboard) {
        /** The first frame with the dashboard's data: the start picture's, else the live dashboard's. */
        public Duration firstFrame() {
            return startPicture.orElse(dashboard);
        }
    }

    /** The services and the dashboard's data, loaded off the UI thread before the stage is shown. */
    private record Ready(KioskUiContext context, DashboardViewModel.Snapshot dashboard, Duration at) {
        static Ready load(KioskUiContext context) {
            return new Ready(context, DashboardViewModel.Snapshot.load(context.queries()), sinceJvmStart());
        }
    }

    private BackgroundWork work;
    private KioskShell shell;
    private Ticker ticker;

    /** Hands the core's services to the application before {@link Application#launch}; no start picture. */
    public static void prepare(KioskUiContext context) {
        prepare(CompletableFuture.completedFuture(Objects.requireNonNull(context)));
        showFirst(CompletableFuture.completedFuture(Optional.empty()));
    }

    /**
     * Hands over services that are still starting. The dashboard's data is loaded on the thread
     * that completes {@code context}; when it fails, the application ends. The dashboard is shown
     * once {@link #showFirst} has also been called (with no picture, if there is none).
     */
    public static void prepare(CompletableFuture<KioskUiContext> context) {
        context.thenApply(Ready::load).whenComplete((ready, failure) -> {
            if (failure == null) {
                READY.complete(ready);
            } else {
                READY.completeExceptionally(failure);
            }
        });
    }

    /**
     * The start picture to show until the live dashboard is there, as soon as {@code startPicture}
     * has it (and the live dashboard is not there yet); the first one handed over counts.
     */
    public static void showFirst(CompletableFuture<Optional<StartPicture>> startPicture) {
        startPicture.whenComplete((picture, failure) -> PICTURE.complete(failure == null ? picture : Optional.empty()));
    }

    /**
     * Completes with true in the pulse that first draws the start picture, with false as soon as
     * it is clear that no picture will be shown (none kept, none that fits, the live dashboard
     * first, no screen at all).
     */
    public static CompletableFuture<Boolean> startPictureShown() {
        return PICTURE_SHOWN;
    }

    /**
     * Launches the application on a thread of its own, once per JVM: the toolkit starts while the
     * caller goes on (the command line read, {@link #prepare} called); the stage waits for what
     * {@code prepare} hands over.
     *
     * @return completes when the application has ended ({@link Application#launch} returned), or
     *         fails with what {@code launch} threw (no display, for one)
     */
    public static CompletableFuture<Void> launchInBackground() {
        var launched = new CompletableFuture<Void>();
        if (!LAUNCHED.compareAndSet(null, launched)) {
            return LAUNCHED.get();
        }
        Thread.ofPlatform().name("screen-launch").start(() -> {
            try {
                Application.launch(KioskApplication.class);
                launched.complete(null);
            } catch (RuntimeException | Error e) {
                PICTURE_SHOWN.complete(false);
                launched.completeExceptionally(e);
            }
        });
        return launched;
    }

    /**
     * Completes on the UI thread in the pulse that first draws the live dashboard with its data;
     * fails when the kiosk's services did not start or the dashboard could not be built (the
     * screen has closed then).
     */
    public static CompletableFuture<StartTimes> dashboardShown() {
        return DASHBOARD_SHOWN;
    }

    @Override
    public void start(Stage stage) {
        toolkitUp = sinceJvmStart();
        PICTURE.thenAccept(picture -> UiThread.javaFx().run(() -> {
            if (picture.isPresent() && fitsTheScreen(picture.get())) {
                showPicture(stage, picture.get());
                return;
            }
            PICTURE_SHOWN.complete(false);
            if (!READY.isDone()) {
                WarmUp.run();
            }
        }));
        // After the start picture's first frame (or once it is clear there is none): a dashboard
        // whose data is there already would otherwise replace the picture before it was drawn.
        READY.whenComplete((services, failure) -> PICTURE_SHOWN.whenComplete((shown, ignored) -> UiThread.javaFxLater()
                .run(() -> {
                    if (failure != null) {
                        log().error("The kiosk did not start; closing the screen");
                        close(failure);
                        return;
                    }
                    try {
                        show(stage, services);
                    } catch (RuntimeException e) {
                        log().error("The dashboard could not be built; closing the screen", e);
                        close(e);
                    }
                })));
    }

    /** A picture taken full screen is shown only on a screen of its size (not after the screen was turned). */
    private static boolean fitsTheScreen(StartPicture picture) {
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        return !picture.fullScreen()
                || (screen.getWidth() == picture.width() && screen.getHeight() == picture.height());
    }

    /**
     * Shows the start picture at once, as the first frame; the toolkit then warms up for the
     * live dashboard while the store opens, as it would on an empty stage.
     */
    private void showPicture(Stage stage, StartPicture picture) {
        var scene =
                new Scene(new Group(new ImageView(picture.image())), picture.width(), picture.height(), Color.BLACK);
        stage.setScene(scene);
        if (picture.fullScreen()) {
            fullScreen(stage);
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                startPictureShown = Optional.of(sinceJvmStart());
                PICTURE_SHOWN.complete(true);
                UiThread.javaFxLater().run(() -> {
                    if (!READY.isDone()) {
                        WarmUp.run();
                    }
                });
            }
        });
        stage.show();
    }

    /**
     * Ends the screen without a first frame: {@link #dashboardShown()} fails with {@code failure}, so
     * whoever waits for the screen learns it will not come, and {@link Application#launch} returns.
     */
    private static void close(Throwable failure) {
        PICTURE_SHOWN.complete(false);
        DASHBOARD_SHOWN.completeExceptionally(failure);
        Platform.exit();
    }

    private void show(Stage stage, Ready ready) {
        var context = ready.context();
        work = BackgroundWork.singleThread(UiThread.javaFx());
        shell = new KioskShell(context, work, ready.dashboard());
        var scene = new Scene(
                shell.root(), context.settings().width(), context.settings().height());
        scene.getStylesheets().addAll(KioskShell.stylesheets());
        stage.setTitle("Ghelamco Alert — " + context.kioskName());
        stage.setScene(scene);
        if (context.settings().fullScreen()) {
            fullScreen(stage);
        } else if (stage.isShowing()) {
            stage.setFullScreen(false);
            stage.sizeToScene(); // the window had the start picture's size
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
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    private static void fullScreen(Stage stage) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }

    private static void reportFirstFrame(Duration dataReady) {
        var times = new StartTimes(toolkitUp, startPictureShown, dataReady, sinceJvmStart());
        if (DASHBOARD_SHOWN.complete(times)) {
            CompletableFuture.runAsync(() -> log().info(
                            "Kiosk screen shown {} ms after the JVM started (toolkit up at {} ms, "
                                    + "start picture {}, store and dashboard data at {} ms)",
                            times.dashboard().toMillis(),
                            times.toolkitUp().toMillis(),
                            times.startPicture()
                                    .map(d -> "at " + d.toMillis() + " ms")
                                    .orElse("none"),
                            times.dataReady().toMillis()));
        }
    }

    /**
     * Not a static field: this class is loaded as the JVM starts, and its logger would wait for
     * the logging to be configured (on a thread of its own, beside the toolkit's start).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(KioskApplication.class);
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
