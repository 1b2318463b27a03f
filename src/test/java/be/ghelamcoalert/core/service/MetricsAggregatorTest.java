package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counters per 5-minute window, stored in the H2 outbox; the metrics screen reads the same store. */
@IntegrationTest
class MetricsAggregatorTest {
    static final Instant START = Instant.parse("2026-11-26T10:02:30Z");

    @TempDir
    Path dir;
    Database database;
    MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    JdbiMetricsOutbox outbox;
    MetricsAggregator metrics;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        outbox = new JdbiMetricsOutbox(database, clock);
        metrics = new MetricsAggregator(clock, outbox);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void sumsCountersPerWindowAlignedToTheClockAndStoresAWindowWhenItEnds() {
        var closed = new AtomicInteger();
        metrics.onWindowClosed(closed::incrementAndGet);
        metrics.increment(MetricNames.SNOOZES);
        metrics.increment(MetricNames.SNOOZES);
        metrics.add(MetricNames.RELAY_ON_SECONDS, 42);
        assertThat(outbox.unpublished(10)).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        metrics.heartbeat();

        assertThat(closed).hasValue(1);
        var stored = outbox.unpublished(10);
        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.window().start()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
            assertThat(s.window().length()).isEqualTo(Duration.ofMinutes(5));
            assertThat(s.window().value(MetricNames.SNOOZES)).isEqualTo(2);
            assertThat(s.window().value(MetricNames.RELAY_ON_SECONDS)).isEqualTo(42);
            assertThat(s.window().value(MetricNames.HEARTBEATS)).isZero();
        });
        assertThat(metrics.currentWindow().value(MetricNames.HEARTBEATS)).isEqualTo(1);
    }

    @Test
    void aWindowCutShortByARestartIsKeptAndAddedUpForTheScreen() {
        metrics.increment(MetricNames.CONFIRMATIONS);
        metrics.flush();
        var afterRestart = new MetricsAggregator(clock, outbox);
        afterRestart.increment(MetricNames.CONFIRMATIONS);
        clock.advance(Duration.ofMinutes(5));
        afterRestart.heartbeat();

        assertThat(outbox.unpublished(10)).hasSize(2);
        assertThat(outbox.windowsBetween(START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(1))))
                .singleElement().satisfies(w -> assertThat(w.value(MetricNames.CONFIRMATIONS)).isEqualTo(2));
    }

    @Test
    void theOutboxKeepsFourteenDaysAndIsBounded() {
        var small = new JdbiMetricsOutbox(database, clock, 3);
        var old = START.minus(Duration.ofDays(15));
        small.store(new MetricWindow(old, Duration.ofMinutes(5), java.util.Map.of(MetricNames.HEARTBEATS, 5.0)));
        for (int i = 0; i < 5; i++) {
            small.store(new MetricWindow(START.minus(Duration.ofMinutes(5L * (5 - i))), Duration.ofMinutes(5),
                    java.util.Map.of(MetricNames.HEARTBEATS, (double) i)));
        }

        var left = small.unpublished(10);
        assertThat(left).extracting(s -> s.window().value(MetricNames.HEARTBEATS)).containsExactly(2.0, 3.0, 4.0);
        small.markPublished(left.getFirst().sequence());
        assertThat(small.unpublished(10)).hasSize(2);
        assertThat(small.windowsBetween(START.minus(Duration.ofDays(30)), START)).hasSize(3);
    }

    @Test
    void neverThrowsAtTheCallerWhenTheStoreFails() {
        database.close();
        metrics.increment(MetricNames.SNOOZES);
        clock.advance(Duration.ofMinutes(5));

        metrics.heartbeat();

        assertThat(metrics.currentWindow().value(MetricNames.HEARTBEATS)).isEqualTo(1);
        database = Database.open(dir);
    }
}
