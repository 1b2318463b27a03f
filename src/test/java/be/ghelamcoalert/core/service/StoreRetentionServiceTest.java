package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.PruneCounts;
import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.port.StoreHousekeeping;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreRetentionServiceTest {
    private final MutableClock clock = MutableClock.at("2027-03-01T11:00");
    private final RecordingHousekeeping housekeeping = new RecordingHousekeeping();
    private final StoreRetentionService service =
            new StoreRetentionService(housekeeping, RetentionPolicy.DEFAULTS, clock);

    @Test
    void aRunPrunesAtTheClocksTimeWithThePolicy() {
        housekeeping.removes = new PruneCounts(2, 6, 10, 3, 1, 0);

        assertThat(service.runOnce()).isEqualTo(housekeeping.removes);
        assertThat(housekeeping.runs).containsExactly(clock.instant());
    }

    @Test
    void aFailedScheduledRunIsLoggedAndTheNextOneRuns() {
        housekeeping.failure = new IllegalStateException("Store: disk full");
        assertThatThrownBy(service::runOnce).hasMessage("Store: disk full");

        service.runSafely(); // would cancel the daily schedule if it threw
        housekeeping.failure = null;
        service.runSafely();

        assertThat(housekeeping.runs).hasSize(3);
    }

    @Test
    void itRunsShortlyAfterTheStartAndThenDaily() {
        var scheduler = new ScheduledThreadPoolExecutor(1);
        try {
            var schedule = service.start(scheduler);

            assertThat(schedule.getDelay(TimeUnit.SECONDS))
                    .isBetween(
                            StoreRetentionService.FIRST_RUN_AFTER.toSeconds() - 5,
                            StoreRetentionService.FIRST_RUN_AFTER.toSeconds());
            assertThat(StoreRetentionService.FIRST_RUN_AFTER.toMinutes()).isBetween(1L, 10L);
            assertThat(StoreRetentionService.EVERY.toHours()).isEqualTo(24);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static final class RecordingHousekeeping implements StoreHousekeeping {
        final List<Instant> runs = new ArrayList<>();
        PruneCounts removes = PruneCounts.NONE;
        RuntimeException failure;

        @Override
        public PruneCounts prune(Instant now, RetentionPolicy policy) {
            runs.add(now);
            if (failure != null) {
                throw failure;
            }
            return removes;
        }
    }
}
