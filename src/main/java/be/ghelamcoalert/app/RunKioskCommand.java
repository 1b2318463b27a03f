package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.PartSupervisor;
import be.ghelamcoalert.ui.KioskApplication;
import be.ghelamcoalert.ui.start.StartPictures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the kiosk: the store, the background services and the full-screen UI. */
@Command(
        name = "ghelamco-alert",
        mixinStandardHelpOptions = true,
        versionProvider = AppVersion.class,
        description = "The lobby kiosk that gets the stadium car park empty in time.")
final class RunKioskCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunKioskCommand.class);

    @Option(
            names = "--config",
            description = "Configuration file (default: ${DEFAULT-VALUE}).",
            defaultValue = "kiosk-config/kiosk.yaml")
    Path configFile;

    @Option(
            names = "--fixtures",
            description =
                    "Fixture import configuration (default: ${DEFAULT-VALUE}; " + "no import when it does not exist).",
            defaultValue = "kiosk-config/fixtures.yaml")
    Path fixturesFile;

    @Option(names = "--demo", description = "Demo mode: own database with demo events, simulated relay, no cloud.")
    boolean demo;

    @Option(names = "--windowed", description = "Run in a window instead of full screen.")
    boolean windowed;

    @Option(
            names = "--training-run",
            description = "Start, draw the dashboard, run for a few seconds and exit: "
                    + "records what the JVM's ahead-of-time cache needs (see packaging/pi/install.sh).")
    boolean trainingRun;

    /** How long a training run keeps running after the first frame, so the tick and the alarm run too. */
    static final Duration TRAINING_RUN_AFTER_FIRST_FRAME = Duration.ofSeconds(8);

    /**
     * Starts the kiosk, the light first: this thread reads the configuration and starts the
     * {@link Device} (store, then alarm with the relay in its right state, then cloud and import
     * under supervision). Only then does the JavaFX toolkit start, on a thread of its own, showing
     * the start picture kept beside the store until the live dashboard is drawn: on the Pi's few
     * cores a toolkit starting beside the store would make the light later.
     *
     * <p>A bad configuration or a store that cannot open ends here with its exit code (systemd
     * starts the kiosk again). A screen that cannot be built does not: the light keeps working,
     * the failure is logged, shown where it can be and reported to the cloud, and the process runs
     * until it is stopped.
     */
    @Override
    public Integer call() throws InterruptedException {
        Database.prepareInBackground();
        var config = ConfigLoader.fromSystemEnvironment().load(configFile);
        var settings = windowed ? config.withUi(config.ui().windowed()) : config;
        var device = Device.start(settings, Clock.system(config.deadlines().zone()), fixturesFile, demo);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(device::close));
        warnAboutOverridesNoFileReads();
        var status = device.kiosk().status();
        var clock = device.kiosk().clock();
        try {
            showScreen(
                            device.kiosk(),
                            demo
                                    ? StartPictures.none()
                                    : DataDirectory.startPictures(DataDirectory.of(settings, false)))
                    .join();
            if (!KioskApplication.dashboardShown().isCompletedExceptionally()) {
                return ExitCodes.OK; // the window was closed (or the training run is over): the kiosk stops
            }
        } catch (RuntimeException e) { // the screen could not be built, or its toolkit could not start
            status.report(PartHealth.failed(
                    Part.SCREEN,
                    clock.instant(),
                    PartSupervisor.reasonOf(
                            e instanceof CompletionException && e.getCause() != null ? e.getCause() : e)));
        }
        LOG.error(
                "The screen is gone ({}); the alarm light goes on working without it until the kiosk is stopped",
                status.health(Part.SCREEN).reason());
        new CountDownLatch(1).await(); // until SIGTERM: the shutdown hook stops the device
        return ExitCodes.OK;
    }

    /**
     * Starts the toolkit, hands it the start picture (read meanwhile on this thread) and then the
     * dashboard's data, and reports the screen's health on the status board.
     *
     * @return completes when the screen has closed
     */
    private CompletableFuture<Void> showScreen(Kiosk kiosk, StartPictures pictures) {
        var status = kiosk.status();
        var clock = kiosk.clock();
        status.report(PartHealth.starting(Part.SCREEN, clock.instant()));
        var screenClosed = KioskApplication.launchInBackground();
        KioskApplication.showFirst(CompletableFuture.completedFuture(pictures.showableAt(clock.instant())));
        KioskApplication.dashboardShown()
                .whenComplete((shown, failure) -> status.report(
                        failure == null
                                ? PartHealth.running(Part.SCREEN, clock.instant())
                                : PartHealth.failed(Part.SCREEN, clock.instant(), PartSupervisor.reasonOf(failure))));
        if (trainingRun) {
            KioskApplication.dashboardShown()
                    .thenRunAsync(
                            Platform::exit,
                            CompletableFuture.delayedExecutor(
                                    TRAINING_RUN_AFTER_FIRST_FRAME.toMillis(), TimeUnit.MILLISECONDS));
        }
        KioskApplication.prepare(CompletableFuture.supplyAsync(
                () -> UiWiring.context(kiosk, demo).withStartPictures(pictures), Runnable::run));
        return screenClosed;
    }

    /** An override that no configuration file reads is a typo that would otherwise go unnoticed. */
    private static void warnAboutOverridesNoFileReads() {
        var unread = ConfigLoader.fromSystemEnvironment().overridesOutside(KioskConfig.class, FixtureConfig.class);
        if (!unread.isEmpty()) {
            LOG.warn(
                    "These environment variables name no section of kiosk.yaml or fixtures.yaml and change nothing: {}",
                    unread);
        }
    }
}
