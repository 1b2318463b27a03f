package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One rule of the alert policy: an alert of {@code kind} due {@code daysBefore} calendar days and
 * {@code before} elapsed time before the car-park deadline.
 */
public record AlertRule(String name, AlertKind kind, int daysBefore, Duration before) {

    public AlertRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        if (!name.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException(
                    "alert rule name '" + name + "' must be lower-case letters, digits and dashes");
        }
        if (daysBefore < 0 || daysBefore > 14) {
            throw new IllegalArgumentException("daysBefore of rule " + name + " must be 0 to 14");
        }
        if (before.isNegative() || before.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("before of rule " + name + " must be 0 to 24 hours");
        }
    }

    /** Calendar days first (the same wall time the day before, DST or not), then elapsed time. */
    public ZonedDateTime dueFor(ZonedDateTime clearBy) {
        return clearBy.minusDays(daysBefore).minus(before);
    }
}
