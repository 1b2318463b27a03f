package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.MetricWindow;
import java.util.List;

/**
 * Closed metric windows, kept for the metrics screen and waiting to be published. Bounded: windows
 * older than the retention period are dropped when new ones arrive.
 */
public interface MetricsOutbox extends MetricsHistory {

    /** A stored window and its place in the outbox (sequence numbers only grow). */
    record Stored(long sequence, MetricWindow window) {}

    void store(MetricWindow window);

    /** Windows not published yet, oldest first. */
    List<Stored> unpublished(int limit);

    void markPublished(long sequence);
}
