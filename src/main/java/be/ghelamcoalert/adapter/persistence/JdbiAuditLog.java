package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.AuditLog;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The audit log in H2: appended to, never changed. */
public final class JdbiAuditLog implements AuditLog {
    private static final int MAX_DETAIL = 1000;
    private final Database database;

    public JdbiAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry e) {
        var detail = e.detail().length() > MAX_DETAIL ? e.detail().substring(0, MAX_DETAIL) : e.detail();
        database.jdbi()
                .useHandle(h -> h.createUpdate(
                                "INSERT INTO audit_log (at, actor_kind, actor_ref, action, event_id, detail) "
                                        + "VALUES (:at, :kind, :ref, :action, :eventId, :detail)")
                        .bind("at", utc(e.at()))
                        .bind("kind", e.actor().kind().name())
                        .bind("ref", e.actor().reference())
                        .bind("action", e.action())
                        .bind("eventId", e.eventId().map(EventId::value))
                        .bind("detail", detail)
                        .execute());
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT at, actor_kind, actor_ref, action, event_id, detail FROM audit_log ORDER BY id DESC LIMIT :limit")
                        .bind("limit", limit)
                        .map((rs, ctx) -> new AuditEntry(
                                rs.getObject("at", OffsetDateTime.class).toInstant(),
                                new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_ref")),
                                rs.getString("action"),
                                Optional.ofNullable(rs.getString("event_id")).map(EventId::new),
                                rs.getString("detail")))
                        .list());
    }
}
