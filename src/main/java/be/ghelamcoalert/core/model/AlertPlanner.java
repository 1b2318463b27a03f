package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Plans an event's alerts from the policy, and re-plans them when the event changes. Pure: no
 * clock, no I/O.
 */
public final class AlertPlanner {

    private final DeadlinePolicy deadlines;
    private final AlertPolicy policy;

    public AlertPlanner(DeadlinePolicy deadlines, AlertPolicy policy) {
        this.deadlines = deadlines;
        this.policy = policy;
    }

    public DeadlinePolicy deadlines() {
        return deadlines;
    }

    public AlertPolicy policy() {
        return policy;
    }

    /** The policy's alerts for a new event. */
    public List<Alert> plan(Event event) {
        return replan(event, List.of());
    }

    /**
     * The alerts of {@code event} after a change of its start or status. Policy alerts are placed
     * anew; alerts a person added or retimed (pinned) keep their distance to the deadline; an alert
     * whose rule left the policy is dropped unless pinned. Alerts whose time
     * changed lose their snooze and confirmation. Alerts of an event that no longer raises alerts
     * are cancelled, and restored when it does again.
     */
    public List<Alert> replan(Event event, List<Alert> existing) {
        var deadline = deadlines.deadlineOf(event);
        var clearBy = deadline.clearByInstant();
        var endsAt = deadline.kickoffInstant();
        boolean cancelled = !event.status().raisesAlerts();

        var byRule = new HashMap<String, Alert>();
        var result = new ArrayList<Alert>();
        for (var alert : existing) {
            alert.rule().ifPresent(name -> byRule.put(name, alert));
        }
        for (var rule : policy.rules()) {
            var dueAt = rule.dueFor(deadline.clearBy()).toInstant();
            if (!dueAt.isBefore(endsAt)) {
                continue;
            }
            var previous = byRule.get(rule.name());
            if (previous == null) {
                result.add(new Alert(
                        AlertId.forRule(event.id(), rule.name()),
                        event.id(),
                        rule.kind(),
                        Optional.of(rule.name()),
                        false,
                        dueAt,
                        endsAt,
                        clearBy,
                        Optional.empty(),
                        Optional.empty(),
                        cancelled));
            } else if (!previous.pinned()) {
                result.add(previous.retimed(dueAt, endsAt, clearBy).withCancelled(cancelled));
            }
        }
        for (var alert : existing) {
            if (alert.pinned()) {
                result.add(keepDistanceToDeadline(alert, clearBy, endsAt).withCancelled(cancelled));
            }
        }
        return List.copyOf(result);
    }

    /** Where a person placed an alert: moved with the deadline, kept before kickoff. */
    private static Alert keepDistanceToDeadline(Alert alert, Instant clearBy, Instant endsAt) {
        var shift = Duration.between(alert.clearBy(), clearBy);
        var dueAt = alert.dueAt().plus(shift);
        if (!dueAt.isBefore(endsAt)) {
            dueAt = endsAt.minus(Duration.ofMinutes(1));
        }
        return alert.retimed(dueAt, endsAt, clearBy);
    }

    /** A new alert placed by a person at an exact instant. */
    public Alert manualAlert(AlertId id, Event event, AlertKind kind, Instant dueAt) {
        var deadline = deadlines.deadlineOf(event);
        if (!dueAt.isBefore(deadline.kickoffInstant())) {
            throw new IllegalArgumentException("an alert must be due before kickoff");
        }
        return new Alert(
                id,
                event.id(),
                kind,
                Optional.empty(),
                true,
                dueAt,
                deadline.kickoffInstant(),
                deadline.clearByInstant(),
                Optional.empty(),
                Optional.empty(),
                !event.status().raisesAlerts());
    }
}
