package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.ui.KioskApplication;
import be.ghelamcoalert.ui.KioskUiContext;
import be.ghelamcoalert.ui.start.StartPicture;
import be.ghelamcoalert.ui.start.StartPictures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the kiosk: the store, the background services and the full-screen UI. */
@Command(name = "ghelamco-alert", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "The lobby kiosk that gets the stadium car park empty in time.")
final class RunKioskCommand implements Callable<Integer> {
    @Option(names = "--config", description = "Configuration file (default: ${DEFAULT-VALUE}).",
            defaultValue = "kiosk-config/kiosk.yaml")
    Path configFile;

    @Option(names = "--fixtures", description = "Fixture import configuration (default: ${DEFAULT-VALUE}; "
            + "no import when it does not exist).", defaultValue = "kiosk-config/fixtures.yaml")
    Path fixturesFile;

    @Option(names = "--demo", description = "Demo mode: own database with demo events, simulated relay, no cloud.")
    boolean demo;

    @Option(names = "--windowed", description = "Run in a window instead of full screen.")
    boolean windowed;

    @Option(names = "--training-run", description = "Start, draw the dashboard, run for a few seconds and exit: "
            + "records what the JVM's ahead-of-time cache needs (see packaging/pi/install.sh).")
    boolean trainingRun;

    private final ScreenFirst first;

    RunKioskCommand() {
        this(ScreenFirst.nothing());
    }

    /** @param first what {@link Main} started before the command line was read */
    RunKioskCommand(ScreenFirst first) {
        this.first = first;
    }

    /** How long a training run keeps running after the first frame, so the tick and the alarm run too. */
    static final Duration TRAINING_RUN_AFTER_FIRST_FRAME = Duration.ofSeconds(8);

    /**
     * Starts the screen and the device side by side: the JavaFX toolkit comes up on a thread of
     * its own (unless {@link ScreenFirst} started it already) while the configuration is read and
     * the store opens on another; the start picture kept beside the store is shown as soon as the
     * toolkit is up (where {@code ScreenFirst} did not show it already), the live dashboard as
     * soon as the store is open, with its data, and the cloud, the alarm and the import come up
     * once it is on the screen. A bad configuration or a failed start closes the screen before the
     * live dashboard shows (the start picture may be on it) and ends here with its exit code, also
     * where no screen can start at all; a
     * dashboard that cannot be built closes the screen as well and ends with {@link ExitCodes#SCREEN_FAILED}.
     */
    @Override
    public Integer call() {
        Database.prepareInBackground();
        var screen = new CompletableFuture<KioskUiContext>();
        var startPicture = new CompletableFuture<Optional<StartPicture>>();
        var screenShown = new CompletableFuture<Void>();
        KioskApplication.dashboardShown().thenRun(() -> screenShown.complete(null));
        var screenClosed = KioskApplication.launchInBackground(); // Main may have launched it already
        if (!first.pictureHandedOver()) {
            KioskApplication.showFirst(startPicture);
        }
        var device = CompletableFuture.supplyAsync(() -> startDevice(screen, !first.pictureHandedOver(), startPicture, screenShown),
                command -> Thread.ofPlatform().name("device-start").start(command));
        device.whenComplete((started, failure) -> {
            if (failure != null) {
                startPicture.complete(Optional.empty());
                screen.completeExceptionally(failure);
            }
        });
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> closeWhenStarted(device)));
        KioskApplication.prepare(screen);
        if (trainingRun) {
            KioskApplication.dashboardShown().thenRunAsync(Platform::exit, CompletableFuture.delayedExecutor(
                    TRAINING_RUN_AFTER_FIRST_FRAME.toMillis(), TimeUnit.MILLISECONDS));
        }
        try {
            screenClosed.join();
        } catch (CompletionException e) {
            var screenFailed = e.getCause() instanceof RuntimeException cause ? cause : e;
            screenShown.completeExceptionally(screenFailed);
            rethrowStartFailure(device); // a bad configuration says more than "no display"
            throw screenFailed;
        } finally {
            screenShown.complete(null);
        }
        rethrowStartFailure(device);
        // The screen has logged why it could not be built; systemd starts the kiosk again.
        return KioskApplication.dashboardShown().isCompletedExceptionally() ? ExitCodes.SCREEN_FAILED : ExitCodes.OK;
    }

    /**
     * Reads the configuration, hands the screen the start picture kept beside the store (none in
     * the demo, which starts afresh) unless it was read already, and starts the device.
     */
    private Device startDevice(CompletableFuture<KioskUiContext> screen, boolean readStartPicture,
            CompletableFuture<Optional<StartPicture>> startPicture, CompletableFuture<Void> screenShown) {
        var config = ConfigLoader.fromSystemEnvironment().load(configFile);
        var settings = windowed ? config.withUi(config.ui().windowed()) : config;
        var clock = Clock.system(config.deadlines().zone());
        var pictures = demo ? StartPictures.none() : DataDirectory.startPictures(DataDirectory.of(settings, false));
        if (readStartPicture) {
            startPicture.complete(pictures.showableAt(clock.instant()));
        }
        return Device.start(settings, clock, fixturesFile, demo,
                kiosk -> screen.complete(UiWiring.context(kiosk, demo).withStartPictures(pictures)), screenShown);
    }

    /** A start failure has ended the screen; it is reported here, so it gets its exit code. */
    private static void rethrowStartFailure(CompletableFuture<Device> device) {
        try {
            device.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void closeWhenStarted(CompletableFuture<Device> device) {
        try {
            device.join().close();
        } catch (CompletionException | CancellationException e) {
            // it did not start: what had started is closed already
        }
    }
}
