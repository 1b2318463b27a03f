package be.ghelamcoalert.config;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.AlertRule;
import java.time.Duration;
import java.util.List;

/**
 * The alert policy every event gets.
 *
 * @param defaultSnooze how long the Snooze button silences an alert
 * @param rules         the standard alerts; empty: the built-in policy (day-before notice,
 *                      light 60 minutes before the deadline, overdue from the deadline)
 */
public record AlertSettings(Duration defaultSnooze, List<Rule> rules) {

    /** One standard alert: {@code daysBefore} calendar days and {@code before} before the deadline. */
    public record Rule(String name, AlertKind kind, Integer daysBefore, Duration before) {
        public Rule {
            if (name == null || kind == null) {
                throw new IllegalArgumentException("every rule needs a name and a kind (NOTICE, WARNING or OVERDUE)");
            }
            daysBefore = daysBefore == null ? 0 : daysBefore;
            before = before == null ? Duration.ZERO : before;
        }
    }

    public AlertSettings {
        defaultSnooze = defaultSnooze == null ? Duration.ofMinutes(15) : defaultSnooze;
        rules = rules == null ? List.of() : List.copyOf(rules);
        toPolicy(defaultSnooze, rules);
    }

    public static AlertSettings defaults() {
        return new AlertSettings(null, null);
    }

    public AlertPolicy policy() {
        return toPolicy(defaultSnooze, rules);
    }

    private static AlertPolicy toPolicy(Duration defaultSnooze, List<Rule> rules) {
        if (rules.isEmpty()) {
            return new AlertPolicy(AlertPolicy.standard().rules(), defaultSnooze);
        }
        return new AlertPolicy(
                rules.stream()
                        .map(r -> new AlertRule(r.name(), r.kind(), r.daysBefore(), r.before()))
                        .toList(),
                defaultSnooze);
    }
}
