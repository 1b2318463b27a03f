package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class FixtureImportScheduleTest {

    @Test
    void theNextRunIsAnHourGiveOrTakeTheJitter() {
        var schedule = new FixtureImportSchedule(
                Executors.newSingleThreadScheduledExecutor(),
                () -> {},
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                RandomGenerator.of("L64X128MixRandom"));
        try (schedule) {
            for (int i = 0; i < 200; i++) {
                assertThat(schedule.nextDelay()).isBetween(Duration.ofMinutes(55), Duration.ofMinutes(65));
            }
        }
        var exact = new FixtureImportSchedule(
                Executors.newSingleThreadScheduledExecutor(),
                () -> {},
                Duration.ofHours(1),
                Duration.ZERO,
                RandomGenerator.getDefault());
        try (exact) {
            assertThat(exact.nextDelay()).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void aFailingRunIsLoggedAndTheScheduleGoesOn() {
        var runs = new AtomicInteger();
        var schedule = new FixtureImportSchedule(
                Executors.newSingleThreadScheduledExecutor(),
                () -> {
                    runs.incrementAndGet();
                    throw new IllegalStateException("site down");
                },
                Duration.ofMillis(20),
                Duration.ZERO,
                RandomGenerator.getDefault());
        try (schedule) {
            schedule.start(Duration.ZERO);
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        }
    }

    @Test
    void closingStopsTheSchedule() throws Exception {
        var runs = new AtomicInteger();
        var executor = Executors.newSingleThreadScheduledExecutor();
        var schedule = new FixtureImportSchedule(
                executor, runs::incrementAndGet, Duration.ofHours(1), Duration.ZERO, RandomGenerator.getDefault());
        schedule.start(Duration.ZERO);
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        schedule.close();
        assertThat(executor.isShutdown()).isTrue();
    }

    @Test
    void rejectsAJitterAsLongAsTheInterval() {
        assertThatThrownBy(() -> new FixtureImportSchedule(
                        Executors.newSingleThreadScheduledExecutor(),
                        () -> {},
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5),
                        RandomGenerator.getDefault()))
                .hasMessageContaining("jitter");
    }
}
