package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.port.NoticeRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Lobby notices in H2. */
public final class JdbiNoticeRepository implements NoticeRepository {
    private final Database database;

    public JdbiNoticeRepository(Database database) {
        this.database = database;
    }

    @Override
    public long add(Optional<EventId> eventId, String text, Instant at) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "INSERT INTO notices (event_id, text, created_at) VALUES (:eventId, :text, :at)")
                .bind("eventId", eventId.map(EventId::value))
                .bind("text", text.length() > 400 ? text.substring(0, 400) : text)
                .bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<Notice> unseen() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, event_id, text, created_at FROM notices WHERE seen_at IS NULL ORDER BY id")
                .map((rs, ctx) -> new Notice(
                        rs.getLong("id"),
                        Optional.ofNullable(rs.getString("event_id")).map(EventId::new),
                        rs.getString("text"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.empty()))
                .list());
    }

    @Override
    public boolean markSeen(long id, Instant at) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE notices SET seen_at = :at WHERE id = :id AND seen_at IS NULL")
                .bind("at", utc(at))
                .bind("id", id)
                .execute()) == 1;
    }
}
