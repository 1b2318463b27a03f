package be.ghelamcoalert.app;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process so that systemd ({@code Restart=always}) starts the release just switched to, or
 * the launcher rolls back: after a short grace (the job's status goes out first), and only while the
 * light is off, so an update never cuts a warning short.
 */
final class UpdateRestart implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateRestart.class);
    static final Duration GRACE = Duration.ofSeconds(5);

    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier lightOn;
    private final Runnable end;

    /** @param end ends the process ({@link #endProcess} in the kiosk) */
    UpdateRestart(ScheduledExecutorService scheduler, BooleanSupplier lightOn, Runnable end) {
        this.scheduler = scheduler;
        this.lightOn = lightOn;
        this.end = end;
    }

    @Override
    public void run() {
        scheduler.schedule(this::endWhenDark, GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void endWhenDark() {
        if (lightOn.getAsBoolean()) {
            LOG.info("Restart for the update waits: the light is on");
            scheduler.schedule(this::endWhenDark, GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        end.run();
    }

    /**
     * Exits with {@link ExitCodes#UPDATE_RESTART}: the shutdown hook releases the relay and closes the
     * store first; halted if that hangs longer than {@link FatalError#LONGEST_SHUTDOWN}.
     */
    static void endProcess() {
        LOG.warn(
                "Ending the process (exit {}) so systemd starts the kiosk again for the update",
                ExitCodes.UPDATE_RESTART);
        Thread.ofPlatform().daemon().name("halt-if-stuck").start(() -> {
            try {
                Thread.sleep(FatalError.LONGEST_SHUTDOWN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(ExitCodes.UPDATE_RESTART);
        });
        Thread.ofPlatform().name("exit").start(() -> System.exit(ExitCodes.UPDATE_RESTART));
    }
}
