package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.command.ReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A remote command (AWS IoT job execution) as the kiosk received and handled it: what the
 * "Remote commands" screen lists.
 *
 * @param operation  an {@link be.ghelamcoalert.core.model.command.Operation}'s name, or "?" when the document could not be read
 * @param outcome    how it ended
 * @param reason     the summary on success, the reason (with the field) on rejection or failure,
 *                   in English: what the job's status in the cloud says
 * @param reasonCode the same as a code and its arguments, so the screen can word it in its own
 *                   language; empty while in progress and for executions recorded before codes
 *                   were kept (the screen shows {@code reason} then)
 */
public record JobRecord(
        String jobId,
        long executionNumber,
        Instant receivedAt,
        String operation,
        Outcome outcome,
        String reason,
        Optional<ReasonCode> reasonCode) {

    public enum Outcome {
        IN_PROGRESS,
        SUCCEEDED,
        REJECTED,
        FAILED
    }

    public JobRecord {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonCode, "reasonCode");
        reasonCode.ifPresent(code -> {
            if (!fits(outcome, code.family())) {
                throw new IllegalArgumentException(
                        "a " + outcome + " job cannot have a reason of family " + code.family());
            }
        });
    }

    /** A job whose reason is only the English text. */
    public JobRecord(
            String jobId, long executionNumber, Instant receivedAt, String operation, Outcome outcome, String reason) {
        this(jobId, executionNumber, receivedAt, operation, outcome, reason, Optional.empty());
    }

    /**
     * A succeeded job has an outcome, a rejected one a refusal, a failed one a failure; one in
     * progress none, or the outcome of the step it took so far (an update waiting for its trial).
     */
    private static boolean fits(Outcome outcome, ReasonCode.Family family) {
        return switch (outcome) {
            case SUCCEEDED -> family == ReasonCode.Family.OUTCOME;
            case REJECTED -> family == ReasonCode.Family.REFUSAL;
            case FAILED -> family == ReasonCode.Family.FAILURE;
            case IN_PROGRESS -> family == ReasonCode.Family.OUTCOME;
        };
    }
}
