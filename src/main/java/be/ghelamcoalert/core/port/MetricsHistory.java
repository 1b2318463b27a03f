package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.MetricWindow;
import java.time.Instant;
import java.util.List;

/** The stored metric windows, oldest first: what the metrics screen charts. */
public interface MetricsHistory {

    List<MetricWindow> windowsBetween(Instant from, Instant to);
}
