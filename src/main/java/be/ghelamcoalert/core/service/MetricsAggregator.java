package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.MetricsRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sums the usage counters per window (5 minutes, aligned to the clock) and stores each closed
 * window in the outbox. A window closes at the first count or heartbeat after its end; the
 * heartbeat comes every minute, so a window reaches the outbox at most a minute late.
 */
public final class MetricsAggregator implements MetricsRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsAggregator.class);
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final MetricsOutbox outbox;
    private final Duration length;
    private final List<Runnable> windowClosedListeners = new CopyOnWriteArrayList<>();
    private final Map<String, Double> current = new TreeMap<>();
    private Instant currentStart;

    public MetricsAggregator(Clock clock, MetricsOutbox outbox, Duration length) {
        if (length.isNegative() || length.isZero() || Duration.ofHours(1).toSeconds() % length.toSeconds() != 0) {
            throw new IllegalArgumentException("a metric window must divide an hour, was " + length);
        }
        this.clock = clock;
        this.outbox = outbox;
        this.length = length;
        this.currentStart = windowStartOf(clock.instant());
    }

    public MetricsAggregator(Clock clock, MetricsOutbox outbox) {
        this(clock, outbox, WINDOW);
    }

    /** Called when a window was stored (e.g. to publish it at once). Must return quickly. */
    public void onWindowClosed(Runnable listener) {
        windowClosedListeners.add(listener);
    }

    @Override
    public void add(String metric, double amount) {
        boolean closed;
        synchronized (this) {
            closed = rollOver();
            current.merge(metric, amount, Double::sum);
        }
        if (closed) {
            notifyClosed();
        }
    }

    /** The kiosk is alive: counted once a minute by the scheduler; also closes a finished window. */
    public void heartbeat() {
        increment(MetricNames.HEARTBEATS);
    }

    /** Stores the unfinished window (at shutdown), so that its counts are not lost. */
    public void flush() {
        Optional<MetricWindow> partial;
        synchronized (this) {
            partial =
                    current.isEmpty() ? Optional.empty() : Optional.of(new MetricWindow(currentStart, length, current));
            current.clear();
        }
        partial.ifPresent(this::store);
    }

    /** The counts of the window in progress, for the metrics screen. */
    public synchronized MetricWindow currentWindow() {
        return new MetricWindow(currentStart, length, current);
    }

    private boolean rollOver() {
        var start = windowStartOf(clock.instant());
        if (!start.isAfter(currentStart)) {
            return false;
        }
        boolean stored = false;
        if (!current.isEmpty()) {
            stored = store(new MetricWindow(currentStart, length, current));
            current.clear();
        }
        currentStart = start;
        return stored;
    }

    private boolean store(MetricWindow window) {
        try {
            outbox.store(window);
            return true;
        } catch (RuntimeException e) {
            LOG.error("Could not store the metrics of the window starting {}: {}", window.start(), window.values(), e);
            return false;
        }
    }

    private void notifyClosed() {
        for (var listener : windowClosedListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A metrics window listener failed", e);
            }
        }
    }

    private Instant windowStartOf(Instant instant) {
        long seconds = length.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }
}
