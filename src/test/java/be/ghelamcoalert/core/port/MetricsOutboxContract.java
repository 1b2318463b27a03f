package be.ghelamcoalert.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the core relies on from a {@link MetricsOutbox}: bounded, published once, summed per window for the screen. */
public abstract class MetricsOutboxContract extends PortContract {
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);

    @Test
    void windowsWaitToBePublishedInTheOrderTheyWereStoredUntilMarked() {
        var outbox = store.metricsOutbox(clock, 100);
        var first = window(START.minus(FIVE_MINUTES), MetricNames.SNOOZES, 2);
        var second = window(START, MetricNames.RELAY_ON_SECONDS, 42.5);
        outbox.store(first);
        outbox.store(second);

        var waiting = outbox.unpublished(10);
        assertThat(waiting).extracting(MetricsOutbox.Stored::window).containsExactly(first, second);
        assertThat(waiting.get(1).sequence()).isGreaterThan(waiting.get(0).sequence());
        assertThat(outbox.unpublished(1))
                .extracting(MetricsOutbox.Stored::window)
                .containsExactly(first);

        outbox.markPublished(waiting.getFirst().sequence());

        assertThat(outbox.unpublished(10))
                .extracting(MetricsOutbox.Stored::window)
                .containsExactly(second);
        assertThat(outbox.windowsBetween(START.minus(Duration.ofHours(1)), START.plus(FIVE_MINUTES)))
                .as("published windows stay for the screen")
                .containsExactly(first, second);
    }

    @Test
    void theOutboxKeepsFourteenDaysAndIsBounded() {
        var small = store.metricsOutbox(clock, 3);
        small.store(window(START.minus(Duration.ofDays(15)), MetricNames.HEARTBEATS, 5.0));
        for (int i = 0; i < 5; i++) {
            small.store(window(START.minus(FIVE_MINUTES.multipliedBy(5 - i)), MetricNames.HEARTBEATS, i));
        }

        var left = small.unpublished(10);
        assertThat(left)
                .extracting(s -> s.window().value(MetricNames.HEARTBEATS))
                .containsExactly(2.0, 3.0, 4.0);
        small.markPublished(left.getFirst().sequence());
        assertThat(small.unpublished(10)).hasSize(2);
        assertThat(small.windowsBetween(START.minus(Duration.ofDays(30)), START))
                .hasSize(3);
    }

    @Test
    void theScreenReadsWindowsStartingInTheRangeWithThePartsOfOneWindowSummed() {
        var outbox = store.metricsOutbox(clock, 100);
        outbox.store(new MetricWindow(
                START, Duration.ofMinutes(2), Map.of(MetricNames.CONFIRMATIONS, 1.0, MetricNames.SNOOZES, 1.0)));
        outbox.store(new MetricWindow(START, Duration.ofMinutes(3), Map.of(MetricNames.CONFIRMATIONS, 1.0)));
        outbox.store(window(START.plus(FIVE_MINUTES), MetricNames.CONFIRMATIONS, 7));

        assertThat(outbox.windowsBetween(START, START.plus(FIVE_MINUTES)))
                .containsExactly(new MetricWindow(
                        START,
                        Duration.ofMinutes(3),
                        Map.of(MetricNames.CONFIRMATIONS, 2.0, MetricNames.SNOOZES, 1.0)));
        assertThat(outbox.windowsBetween(START.plusSeconds(1), START.plus(Duration.ofHours(1))))
                .extracting(MetricWindow::start)
                .containsExactly(START.plus(FIVE_MINUTES));
    }

    @Test
    void windowsOutliveARestart() {
        var window = window(START, MetricNames.HEARTBEATS, 60);
        store.metricsOutbox(clock, 100).store(window);

        restart();

        assertThat(store.metricsOutbox(clock, 100).unpublished(10))
                .extracting(MetricsOutbox.Stored::window)
                .containsExactly(window);
    }

    private static MetricWindow window(Instant start, String metric, double value) {
        return new MetricWindow(start, FIVE_MINUTES, Map.of(metric, value));
    }
}
