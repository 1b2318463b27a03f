package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An event with its deadline and its alerts as they stand at one instant: what screens show. */
public record EventOverview(Event event, Deadline deadline, List<AlertSnapshot> alerts, EventStage stage, Instant at) {

    /** One alert and its state at the overview's instant. */
    public record AlertSnapshot(Alert alert, AlertState state) {}

    public EventOverview {
        alerts = List.copyOf(alerts);
    }

    public static EventOverview of(Event event, Deadline deadline, List<Alert> alerts, Instant now) {
        var snapshots = alerts.stream()
                .sorted(Comparator.comparing(Alert::dueAt))
                .map(alert -> new AlertSnapshot(alert, alert.stateAt(now)))
                .toList();
        return new EventOverview(event, deadline, snapshots, stageOf(event, deadline, snapshots, now), now);
    }

    public boolean needsAttention() {
        return alerts.stream().anyMatch(a -> a.state() == AlertState.ACTIVE);
    }

    public Optional<AlertSnapshot> nextScheduledAlert() {
        return alerts.stream().filter(a -> a.state() == AlertState.SCHEDULED).findFirst();
    }

    private static EventStage stageOf(Event event, Deadline deadline, List<AlertSnapshot> alerts, Instant now) {
        if (!event.status().raisesAlerts()) {
            return EventStage.CALLED_OFF;
        }
        if (!now.isBefore(deadline.kickoffInstant())) {
            return EventStage.FINISHED;
        }
        boolean anyAlerts = !alerts.isEmpty();
        if (anyAlerts && alerts.stream().allMatch(a -> a.state() == AlertState.CONFIRMED || a.state() == AlertState.CANCELLED)) {
            return EventStage.CLEARED;
        }
        if (!now.isBefore(deadline.clearByInstant())) {
            return EventStage.OVERDUE;
        }
        boolean lightStage = alerts.stream().anyMatch(a -> a.alert().kind().lightsRelay()
                && (a.state() == AlertState.ACTIVE || a.state() == AlertState.SNOOZED));
        if (lightStage) {
            return EventStage.LIGHT_ON;
        }
        boolean noticeShowing = alerts.stream().anyMatch(a -> a.state() == AlertState.ACTIVE || a.state() == AlertState.SNOOZED);
        var today = now.atZone(deadline.clearBy().getZone()).toLocalDate();
        if (noticeShowing || deadline.clearBy().toLocalDate().equals(today)) {
            return EventStage.TODAY;
        }
        return EventStage.UPCOMING;
    }
}
