package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.ui.KioskApplication;
import be.ghelamcoalert.ui.KioskUiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
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

    /** How long a training run keeps running after the first frame, so the tick and the alarm run too. */
    static final Duration TRAINING_RUN_AFTER_FIRST_FRAME = Duration.ofSeconds(8);

    /**
     * Starts the screen and the device side by side: the JavaFX toolkit comes up on this thread
     * while the configuration is read and the store opens on another; the dashboard is drawn as
     * soon as both are ready, with its data, and the cloud, the alarm and the import come up once
     * it is on the screen. A bad configuration or a failed start closes the screen before any
     * window shows and ends here with its exit code, also where no screen can start at all; a
     * dashboard that cannot be built closes the screen as well and ends with {@link ExitCodes#SCREEN_FAILED}.
     */
    @Override
    public Integer call() {
        Database.prepareInBackground();
        var screen = new CompletableFuture<KioskUiContext>();
        var screenShown = new CompletableFuture<Void>();
        KioskApplication.firstFrame().thenRun(() -> screenShown.complete(null));
        var device = CompletableFuture.supplyAsync(() -> startDevice(screen, screenShown),
                command -> Thread.ofPlatform().name("device-start").start(command));
        device.whenComplete((started, failure) -> {
            if (failure != null) {
                screen.completeExceptionally(failure);
            }
        });
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> closeWhenStarted(device)));
        KioskApplication.prepare(screen);
        if (trainingRun) {
            KioskApplication.firstFrame().thenRunAsync(Platform::exit, CompletableFuture.delayedExecutor(
                    TRAINING_RUN_AFTER_FIRST_FRAME.toMillis(), TimeUnit.MILLISECONDS));
        }
        try {
            Application.launch(KioskApplication.class);
        } catch (RuntimeException screenFailed) {
            screenShown.completeExceptionally(screenFailed);
            rethrowStartFailure(device); // a bad configuration says more than "no display"
            throw screenFailed;
        } finally {
            screenShown.complete(null);
        }
        rethrowStartFailure(device);
        // The screen has logged why it could not be built; systemd starts the kiosk again.
        return KioskApplication.firstFrame().isCompletedExceptionally() ? ExitCodes.SCREEN_FAILED : ExitCodes.OK;
    }

    private Device startDevice(CompletableFuture<KioskUiContext> screen, CompletableFuture<Void> screenShown) {
        var config = ConfigLoader.fromSystemEnvironment().load(configFile);
        var settings = windowed ? config.withUi(config.ui().windowed()) : config;
        var clock = Clock.system(config.deadlines().zone());
        return Device.start(settings, clock, fixturesFile, demo, kiosk -> screen.complete(UiWiring.context(kiosk, demo)),
                screenShown);
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
