package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the import at start and then every {@code every} give or take {@code jitter}, so that many
 * kiosks never hit a site at the same second. A failing run is logged and the schedule goes on.
 */
public final class FixtureImportSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FixtureImportSchedule.class);
    private static final Actor SCHEDULE = Actor.system("schedule");

    private final ScheduledExecutorService executor;
    private final Runnable importOnce;
    private final Duration every;
    private final Duration jitter;
    private final RandomGenerator random;

    /**
     * @param executor   runs the imports; closed with the schedule
     * @param importOnce one import (the service's run)
     */
    public FixtureImportSchedule(
            ScheduledExecutorService executor,
            Runnable importOnce,
            Duration every,
            Duration jitter,
            RandomGenerator random) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.importOnce = Objects.requireNonNull(importOnce, "importOnce");
        if (!every.isPositive()) {
            throw new IllegalArgumentException("the import interval must be positive");
        }
        if (jitter.isNegative() || jitter.compareTo(every) >= 0) {
            throw new IllegalArgumentException("the jitter must be at least 0 and less than the interval");
        }
        this.every = every;
        this.jitter = jitter;
        this.random = random;
    }

    public static FixtureImportSchedule of(
            ScheduledExecutorService executor,
            FixtureImportService service,
            Duration every,
            Duration jitter,
            RandomGenerator random) {
        return new FixtureImportSchedule(executor, () -> service.run(SCHEDULE), every, jitter, random);
    }

    /** Starts the schedule: the first import after {@code firstAfter} (zero: at once). */
    public void start(Duration firstAfter) {
        schedule(firstAfter);
    }

    /** The pause before the next run: the interval plus or minus up to the jitter. */
    public Duration nextDelay() {
        if (jitter.isZero()) {
            return every;
        }
        long spread = jitter.toMillis();
        return every.plusMillis(random.nextLong(-spread, spread + 1));
    }

    private void schedule(Duration delay) {
        if (executor.isShutdown()) {
            return;
        }
        executor.schedule(this::runAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule() {
        try {
            importOnce.run();
        } catch (RuntimeException e) {
            LOG.error("Scheduled fixture import failed; trying again at the next interval", e);
        } finally {
            try {
                schedule(nextDelay());
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("Import schedule stopped");
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
