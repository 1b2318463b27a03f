package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** Usage counters summed over one window (5 minutes by default), as stored and published. */
public record MetricWindow(Instant start, Duration length, Map<String, Double> values) {

    public MetricWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        values = Map.copyOf(values);
    }

    public double value(String metric) {
        return values.getOrDefault(metric, 0.0);
    }
}
