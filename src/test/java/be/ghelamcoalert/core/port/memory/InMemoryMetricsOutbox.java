package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.memory.Tables.MetricRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metric windows in memory, bounded like the H2 outbox: storing a window drops those that started
 * more than {@link #RETENTION} before the clock's now and, beyond {@code maxWindows}, the oldest.
 */
final class InMemoryMetricsOutbox implements MetricsOutbox {
    static final Duration RETENTION = Duration.ofDays(14);
    static final int DEFAULT_MAX_WINDOWS = (int) (RETENTION.toMinutes() / 5) * 2;

    private final InMemoryStore store;
    private final Clock clock;
    private final int maxWindows;

    InMemoryMetricsOutbox(InMemoryStore store, Clock clock, int maxWindows) {
        this.store = store;
        this.clock = clock;
        this.maxWindows = maxWindows;
    }

    @Override
    public void store(MetricWindow window) {
        long sequence = store.next(InMemoryStore.Sequence.METRIC_WINDOW);
        store.write(t -> {
            t.metrics.put(sequence, new MetricRow(window, false));
            var oldest = clock.instant().minus(RETENTION);
            t.metrics.values().removeIf(row -> row.window().start().isBefore(oldest));
            if (!t.metrics.isEmpty()) {
                t.metrics.headMap(t.metrics.lastKey() - maxWindows, true).clear();
            }
        });
    }

    @Override
    public List<Stored> unpublished(int limit) {
        return store.read(t -> t.metrics.entrySet().stream()
                .filter(row -> !row.getValue().published())
                .limit(limit)
                .map(row -> new Stored(row.getKey(), row.getValue().window()))
                .toList());
    }

    @Override
    public void markPublished(long sequence) {
        store.write(t -> t.metrics.computeIfPresent(sequence, (key, row) -> new MetricRow(row.window(), true)));
    }

    /** Windows starting in [from, to), oldest first; the parts of one window cut by a restart are summed. */
    @Override
    public List<MetricWindow> windowsBetween(Instant from, Instant to) {
        var rows = store.read(t -> t.metrics.values().stream()
                .map(MetricRow::window)
                .filter(w -> !w.start().isBefore(from) && w.start().isBefore(to))
                .toList());
        var byStart = new TreeMap<Instant, MetricWindow>();
        for (var window : rows) {
            byStart.merge(window.start(), window, InMemoryMetricsOutbox::sum);
        }
        return List.copyOf(byStart.values());
    }

    private static MetricWindow sum(MetricWindow a, MetricWindow b) {
        Map<String, Double> values = new TreeMap<>(a.values());
        b.values().forEach((name, value) -> values.merge(name, value, Double::sum));
        return new MetricWindow(a.start(), a.length().compareTo(b.length()) >= 0 ? a.length() : b.length(), values);
    }
}
