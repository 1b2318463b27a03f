package be.ghelamcoalert.adapter.fleet;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One job as one kiosk runs it, as the Jobs service knows it.
 *
 * @param status  QUEUED, IN_PROGRESS, SUCCEEDED, FAILED, REJECTED, TIMED_OUT, CANCELED, REMOVED
 * @param details the kiosk's {@code statusDetails}: {@code summary}, or {@code reason} and {@code field}
 */
public record JobExecution(
        String jobId,
        String status,
        Optional<Instant> queuedAt,
        Optional<Instant> lastUpdatedAt,
        Map<String, String> details) {

    public JobExecution {
        details = Map.copyOf(details);
    }

    /** Whether the kiosk has not finished it yet. */
    public boolean open() {
        return status.equals("QUEUED") || status.equals("IN_PROGRESS");
    }
}
