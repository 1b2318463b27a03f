package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of the audit log: who did what, when, to which event. */
public record AuditEntry(Instant at, Actor actor, String action, Optional<EventId> eventId, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(detail, "detail");
    }
}
