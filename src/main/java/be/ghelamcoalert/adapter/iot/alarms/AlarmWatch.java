package be.ghelamcoalert.adapter.iot.alarms;

import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the events as they stand, looked at again and again, into alarm transitions: the light
 * came on, the deadline passed (again every {@link #OVERDUE_REPEAT} until someone confirms), the
 * car park was confirmed clear, the light was snoozed. The first look only takes stock, except
 * that an event already overdue is told at once (a restart must not silence it).
 */
public final class AlarmWatch {
    public static final Duration OVERDUE_REPEAT = Duration.ofMinutes(15);

    private record Seen(EventStage stage, Optional<Instant> snoozedUntil) {}

    private final String kioskName;
    private final Map<String, Seen> seen = new HashMap<>();
    private final Map<String, Instant> overdueTold = new HashMap<>();
    private boolean looked;

    public AlarmWatch(String kioskName) {
        this.kioskName = kioskName;
    }

    /** What changed since the last look, at {@code now}. */
    public synchronized List<AlarmNotice> look(List<EventOverview> events, Instant now) {
        var notices = new ArrayList<AlarmNotice>();
        var current = new HashMap<String, Seen>();
        for (var overview : events) {
            if (overview.event().muted()) {
                continue; // it never lights the relay: nobody needs to run for it
            }
            var id = overview.event().id().value();
            var snoozed = snoozedUntil(overview);
            var state = new Seen(overview.stage(), snoozed);
            current.put(id, state);
            var before = Optional.ofNullable(seen.get(id));
            if (overview.stage() == EventStage.OVERDUE) {
                var told = overdueTold.get(id);
                if (told == null || !now.isBefore(told.plus(OVERDUE_REPEAT))) {
                    notices.add(notice(AlarmNotice.Transition.OVERDUE, overview, now, Optional.empty()));
                    overdueTold.put(id, now);
                }
            } else {
                overdueTold.remove(id);
            }
            if (!looked || before.isEmpty()) {
                continue;
            }
            var was = before.get();
            if (overview.stage() == EventStage.LIGHT_ON && was.stage() != EventStage.LIGHT_ON && snoozed.isEmpty()) {
                notices.add(notice(AlarmNotice.Transition.LIGHT_ON, overview, now, Optional.empty()));
            }
            if (overview.stage() == EventStage.CLEARED && was.stage() != EventStage.CLEARED) {
                notices.add(notice(AlarmNotice.Transition.CONFIRMED, overview, now, Optional.empty()));
            }
            if (snoozed.isPresent() && !snoozed.equals(was.snoozedUntil())) {
                notices.add(notice(AlarmNotice.Transition.SNOOZED, overview, now, snoozed));
            }
        }
        seen.clear();
        seen.putAll(current);
        overdueTold.keySet().retainAll(current.keySet());
        looked = true;
        return notices;
    }

    /** Until when the event's light (or overdue) alert is snoozed now; empty when it is not. */
    private static Optional<Instant> snoozedUntil(EventOverview overview) {
        return overview.alerts().stream()
                .filter(a -> a.state() == AlertState.SNOOZED && a.alert().kind().lightsRelay())
                .flatMap(a -> a.alert().snoozedUntil().stream())
                .max(Instant::compareTo);
    }

    private AlarmNotice notice(
            AlarmNotice.Transition transition, EventOverview overview, Instant now, Optional<Instant> until) {
        var offset = overview.deadline().clearBy().getZone();
        return new AlarmNotice(
                transition,
                overview.event().id().value(),
                overview.event().title(),
                overview.deadline().clearBy().toOffsetDateTime(),
                now,
                until.map(at -> OffsetDateTime.ofInstant(at, offset)),
                kioskName);
    }
}
