package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.PruneCounts;
import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.port.StoreHousekeeping;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prunes the store by its retention policy: once shortly after the start, then every day. A run
 * that fails is logged and the next one comes as planned; the light never depends on it.
 */
public final class StoreRetentionService {
    private static final Logger LOG = LoggerFactory.getLogger(StoreRetentionService.class);
    /** After the start, so pruning a long-neglected store never competes with restoring the relay. */
    public static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(2);

    public static final Duration EVERY = Duration.ofDays(1);

    private final StoreHousekeeping housekeeping;
    private final RetentionPolicy policy;
    private final Clock clock;

    public StoreRetentionService(StoreHousekeeping housekeeping, RetentionPolicy policy, Clock clock) {
        this.housekeeping = housekeeping;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Runs {@link #runOnce()} {@link #FIRST_RUN_AFTER} from now and then {@link #EVERY} day on
     * {@code scheduler}; cancel the returned future to stop.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
        return scheduler.scheduleWithFixedDelay(
                this::runSafely, FIRST_RUN_AFTER.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Prunes now and logs what went; a failure is thrown to the caller. */
    public PruneCounts runOnce() {
        var started = System.nanoTime();
        var removed = housekeeping.prune(clock.instant(), policy);
        var took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (removed.total() == 0) {
            LOG.info("Store retention: nothing to remove ({} ms)", took);
        } else {
            LOG.info("Store retention removed {} ({} ms)", removed, took);
        }
        return removed;
    }

    /** A scheduled run: a failure is logged, never thrown, so the schedule keeps its next runs. */
    void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Store retention failed; it tries again in {} hours", EVERY.toHours(), e);
        }
    }
}
