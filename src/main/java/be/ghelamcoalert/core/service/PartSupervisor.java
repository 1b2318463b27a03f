package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the parts that feed or show the light (cloud, import) so that none of them can take the
 * light down: each start runs on the supervisor's own thread, after the alarm is running; any
 * failure except a {@link VirtualMachineError} is logged with its cause, reported on the
 * {@link StatusBoard} in words, and the start is tried again with a growing pause
 * ({@link #RETRY_AFTER}), so a certificate copied in later or a fixed configuration file is
 * picked up without a restart. {@link #close()} stops the parts that run, the last started first.
 */
public final class PartSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PartSupervisor.class);
    /** The pauses before the 2nd, 3rd, … start of a part that failed; the last one repeats. */
    public static final List<Duration> RETRY_AFTER = List.of(
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15));

    /** Starts a part; what it returns is closed when the kiosk stops. */
    @FunctionalInterface
    public interface Start {
        /**
         * @return the running part, or empty when it is off on this kiosk (the reason is reported by the part)
         * @throws Exception when it cannot start now; the supervisor reports it and tries again
         */
        Optional<AutoCloseable> start() throws Exception;
    }

    private final Clock clock;
    private final StatusBoard board;
    private final ScheduledExecutorService executor;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private boolean closed;

    /** @param executor the supervisor's own thread; it is shut down by {@link #close()} */
    public PartSupervisor(Clock clock, StatusBoard board, ScheduledExecutorService executor) {
        this.clock = clock;
        this.board = board;
        this.executor = executor;
    }

    /** Starts {@code part} on the supervisor's thread and returns at once. */
    public void start(Part part, Start start) {
        board.report(PartHealth.starting(part, clock.instant()));
        submit(part, start, 0, Duration.ZERO);
    }

    private void submit(Part part, Start start, int attempt, Duration delay) {
        try {
            executor.schedule(() -> attempt(part, start, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Kiosk stopping: {} not started", part.key());
        }
    }

    private void attempt(Part part, Start start, int attempt) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            var started = start.start();
            synchronized (this) {
                if (closed) {
                    closeQuietly(part, started);
                    return;
                }
                started.ifPresent(running::push);
            }
            var reported = board.health(part).state();
            if (started.isPresent() && (reported == PartHealth.State.STARTING || reported == PartHealth.State.FAILED)) {
                board.report(PartHealth.running(part, clock.instant()));
            }
            if (attempt > 0) {
                LOG.info("{} started on attempt {}", part.key(), attempt + 1);
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            var pause = RETRY_AFTER.get(Math.min(attempt, RETRY_AFTER.size() - 1));
            var reason = reasonOf(e);
            LOG.error(
                    "{} did not start: {}. The light works without it; trying again in {} s",
                    part.key(),
                    reason,
                    pause.toSeconds(),
                    e);
            board.report(PartHealth.failed(part, clock.instant(), reason));
            submit(part, start, attempt + 1, pause);
        }
    }

    /** The words of a failure: its own message, or its cause's where it has none ("NoSuchFileException: /etc/…"). */
    public static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t == failure || t.getClass().getName().startsWith("java.lang.")
                        ? t.getMessage()
                        : t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** Stops retrying and closes the parts that run, the last started first. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            while (!running.isEmpty()) {
                closeQuietly(null, Optional.of(running.pop()));
            }
        }
    }

    private static void closeQuietly(Part part, Optional<AutoCloseable> resource) {
        resource.ifPresent(r -> {
            try {
                r.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", part == null ? r : part.key(), e);
            }
        });
    }
}
