package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the car park must be empty for an event.
 *
 * @param kickoff     the start the plan is based on (assumed when the real time is TBC)
 * @param clearBy     the car-park deadline: kickoff minus the lead time, in elapsed time
 * @param provisional true when the kickoff time is not known yet and was assumed
 */
public record Deadline(ZonedDateTime kickoff, ZonedDateTime clearBy, boolean provisional) {

    public Deadline {
        Objects.requireNonNull(kickoff, "kickoff");
        Objects.requireNonNull(clearBy, "clearBy");
        if (clearBy.isAfter(kickoff)) {
            throw new IllegalArgumentException("the car-park deadline cannot be after kickoff");
        }
    }

    public Instant clearByInstant() {
        return clearBy.toInstant();
    }

    public Instant kickoffInstant() {
        return kickoff.toInstant();
    }

    /** Time left until the deadline; negative once it has passed. */
    public Duration remainingAt(Instant now) {
        return Duration.between(now, clearBy.toInstant());
    }
}
