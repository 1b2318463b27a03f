package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * The first moment after {@link #at()} at which time alone can change what this overview
     * says: an alert falls due, its snooze ends or its window closes, the deadline's day begins
     * (upcoming turns today), the deadline passes (overdue) or the kickoff does (finished). Empty
     * when time changes nothing more (called off, finished). A screen that shows the overview
     * reads it again once this moment has passed, instead of every second.
     */
    public Optional<Instant> nextTurn() {
        if (stage == EventStage.CALLED_OFF || stage == EventStage.FINISHED) {
            return Optional.empty();
        }
        var clearBy = deadline.clearBy();
        var turns = new ArrayList<Instant>(List.of(
                clearBy.toLocalDate().atStartOfDay(clearBy.getZone()).toInstant(),
                deadline.clearByInstant(),
                deadline.kickoffInstant()));
        for (var snapshot : alerts) {
            if (snapshot.state() != AlertState.CONFIRMED && snapshot.state() != AlertState.CANCELLED) {
                var alert = snapshot.alert();
                turns.add(alert.dueAt());
                turns.add(alert.endsAt());
                alert.snoozedUntil().ifPresent(turns::add);
            }
        }
        return turns.stream().filter(at::isBefore).min(Comparator.naturalOrder());
    }

    private static EventStage stageOf(Event event, Deadline deadline, List<AlertSnapshot> alerts, Instant now) {
        if (!event.status().raisesAlerts()) {
            return EventStage.CALLED_OFF;
        }
        if (!now.isBefore(deadline.kickoffInstant())) {
            return EventStage.FINISHED;
        }
        boolean anyAlerts = !alerts.isEmpty();
        if (anyAlerts
                && alerts.stream()
                        .allMatch(a -> a.state() == AlertState.CONFIRMED || a.state() == AlertState.CANCELLED)) {
            return EventStage.CLEARED;
        }
        if (!now.isBefore(deadline.clearByInstant())) {
            return EventStage.OVERDUE;
        }
        boolean lightStage = alerts.stream()
                .anyMatch(a -> a.alert().kind().lightsRelay()
                        && (a.state() == AlertState.ACTIVE || a.state() == AlertState.SNOOZED));
        if (lightStage) {
            return EventStage.LIGHT_ON;
        }
        boolean noticeShowing =
                alerts.stream().anyMatch(a -> a.state() == AlertState.ACTIVE || a.state() == AlertState.SNOOZED);
        var today = now.atZone(deadline.clearBy().getZone()).toLocalDate();
        if (noticeShowing || deadline.clearBy().toLocalDate().equals(today)) {
            return EventStage.TODAY;
        }
        return EventStage.UPCOMING;
    }
}
