package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A remote command (AWS IoT job execution) as the kiosk received and handled it: what the
 * "Remote commands" screen lists.
 *
 * @param operation e.g. "snooze", or "?" when the document could not be read
 * @param outcome   how it ended
 * @param reason    the summary on success, the reason (with the field) on rejection or failure
 */
public record JobRecord(String jobId, long executionNumber, Instant receivedAt, String operation, Outcome outcome,
        String reason) {

    public enum Outcome { IN_PROGRESS, SUCCEEDED, REJECTED, FAILED }

    public JobRecord {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}
