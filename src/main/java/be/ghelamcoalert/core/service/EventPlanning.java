package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Stores an event together with its re-planned alerts and an audit line: the one place where an
 * event's alerts follow its start and status. Runs inside the caller's transaction.
 */
public final class EventPlanning {
    private final Clock clock;
    private final EventRepository events;
    private final AlertRepository alerts;
    private final AuditLog audit;
    private final AlertPlanner planner;

    public EventPlanning(
            Clock clock, EventRepository events, AlertRepository alerts, AuditLog audit, AlertPlanner planner) {
        this.clock = clock;
        this.events = events;
        this.alerts = alerts;
        this.audit = audit;
        this.planner = planner;
    }

    public AlertPlanner planner() {
        return planner;
    }

    /** Saves the event and re-plans its alerts; returns the alerts as stored. */
    public List<Alert> store(Event event, Actor actor, String action, String detail) {
        var planned = planner.replan(event, alerts.forEvent(event.id()));
        events.save(event);
        alerts.replaceForEvent(event.id(), planned);
        record(actor, action, event, detail);
        return planned;
    }

    public void record(Actor actor, String action, Event event, String detail) {
        audit.append(new AuditEntry(clock.instant(), actor, action, Optional.of(event.id()), detail));
    }
}
