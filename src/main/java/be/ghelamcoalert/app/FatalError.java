package be.ghelamcoalert.app;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process when the alarm cannot be kept running (an {@link Error} in the alarm engine):
 * systemd starts the kiosk again, and the restarted engine restores the light from the store
 * within a second. The shutdown hook releases the relay and closes the store first; if it hangs
 * (a JVM out of memory may), the process is halted after {@link #LONGEST_SHUTDOWN}.
 */
final class FatalError {
    private static final Logger LOG = LoggerFactory.getLogger(FatalError.class);
    static final Duration LONGEST_SHUTDOWN = Duration.ofSeconds(10);

    private FatalError() {}

    static void endProcess(Error error) {
        LOG.error(
                "The alarm cannot be kept running: ending the process (exit {}) so systemd restarts it",
                ExitCodes.ALARM_FAILED,
                error);
        Thread.ofPlatform().daemon().name("halt-if-stuck").start(() -> {
            try {
                Thread.sleep(LONGEST_SHUTDOWN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(ExitCodes.ALARM_FAILED);
        });
        Thread.ofPlatform().name("exit").start(() -> System.exit(ExitCodes.ALARM_FAILED));
    }
}
