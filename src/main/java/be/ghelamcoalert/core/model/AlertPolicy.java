package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/** The standard set of alerts every event gets. */
public record AlertPolicy(List<AlertRule> rules, Duration defaultSnooze) {

    public AlertPolicy {
        rules = List.copyOf(rules);
        var names = new HashSet<String>();
        for (var rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("alert rule name '" + rule.name() + "' is used twice");
            }
        }
        if (defaultSnooze.isNegative() || defaultSnooze.isZero() || defaultSnooze.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("default snooze must be between 1 minute and 4 hours");
        }
    }

    /** A notice the day before, the light from 60 minutes before the deadline, overdue from it. */
    public static AlertPolicy standard() {
        return new AlertPolicy(
                List.of(
                        new AlertRule("day-before", AlertKind.NOTICE, 1, Duration.ZERO),
                        new AlertRule("light", AlertKind.WARNING, 0, Duration.ofMinutes(60)),
                        new AlertRule("overdue", AlertKind.OVERDUE, 0, Duration.ZERO)),
                Duration.ofMinutes(15));
    }
}
