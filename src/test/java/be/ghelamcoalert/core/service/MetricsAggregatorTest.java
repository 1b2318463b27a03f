package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.memory.InMemoryStore;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Counters per 5-minute window, stored in the outbox (here the in-memory one; how the outbox keeps
 * them is MetricsOutboxContract's); the metrics screen reads the same store.
 */
class MetricsAggregatorTest {
    static final Instant START = Instant.parse("2026-11-26T10:02:30Z");

    final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    final MetricsOutbox outbox = new InMemoryStore().metricsOutbox(clock);
    final MetricsAggregator metrics = new MetricsAggregator(clock, outbox);

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
                .singleElement()
                .satisfies(w -> assertThat(w.value(MetricNames.CONFIRMATIONS)).isEqualTo(2));
    }

    @Test
    void neverThrowsAtTheCallerWhenTheStoreFails() {
        var failing = new MetricsAggregator(clock, new UnwritableOutbox());
        failing.increment(MetricNames.SNOOZES);
        clock.advance(Duration.ofMinutes(5));

        failing.heartbeat();

        assertThat(failing.currentWindow().value(MetricNames.HEARTBEATS)).isEqualTo(1);
    }

    /** An outbox whose store has closed: every call fails as the H2 one does then. */
    private static final class UnwritableOutbox implements MetricsOutbox {
        private static IllegalStateException closed() {
            return new IllegalStateException("Database is already closed");
        }

        @Override
        public void store(MetricWindow window) {
            throw closed();
        }

        @Override
        public List<Stored> unpublished(int limit) {
            throw closed();
        }

        @Override
        public void markPublished(long sequence) {
            throw closed();
        }

        @Override
        public List<MetricWindow> windowsBetween(Instant from, Instant to) {
            throw closed();
        }
    }
}
