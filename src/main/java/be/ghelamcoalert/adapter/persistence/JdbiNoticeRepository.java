package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.port.NoticeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lobby notices in H2: the English text, and the code and arguments the screen words in its language. */
public final class JdbiNoticeRepository implements NoticeRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiNoticeRepository.class);
    private static final int MAX_TEXT = 400;
    private static final int MAX_CODE_ARGS = 8000;

    private final Database database;

    public JdbiNoticeRepository(Database database) {
        this.database = database;
    }

    @Override
    public long add(Optional<EventId> eventId, String text, Optional<ReasonCode> code, Instant at) {
        code.filter(c -> c.family() != ReasonCode.Family.NOTICE).ifPresent(c -> {
            throw new IllegalArgumentException("a notice's code must be of family NOTICE, was " + c.family());
        });
        var args = code.flatMap(JdbiNoticeRepository::storedArgs);
        return database.jdbi()
                .withHandle(h -> h.createUpdate(
                                "INSERT INTO notices (event_id, text, code, args, created_at) VALUES (:eventId, :text, :code, :args, :at)")
                        .bind("eventId", eventId.map(EventId::value))
                        .bind("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)
                        .bind("code", args.isPresent() ? code.get().code() : null)
                        .bind("args", args.orElse(null))
                        .bind("at", utc(at))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
    }

    @Override
    public List<Notice> unseen() {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT id, event_id, text, code, args, created_at FROM notices WHERE seen_at IS NULL ORDER BY id")
                        .map((rs, ctx) -> notice(rs))
                        .list());
    }

    @Override
    public boolean markSeen(long id, Instant at) {
        return database.jdbi()
                        .withHandle(h -> h.createUpdate(
                                        "UPDATE notices SET seen_at = :at WHERE id = :id AND seen_at IS NULL")
                                .bind("at", utc(at))
                                .bind("id", id)
                                .execute())
                == 1;
    }

    /** The code's arguments as JSON; empty when they are too long to keep (the screen shows the English text then). */
    private static Optional<String> storedArgs(ReasonCode code) {
        var json = MessageArgumentsJson.write(code.args(), MAX_TEXT);
        if (json.length() > MAX_CODE_ARGS) {
            LOG.warn("The arguments of notice {} are too long to keep; the screen shows the English text", code.code());
            return Optional.empty();
        }
        return Optional.of(json);
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        var id = rs.getLong("id");
        return new Notice(
                id,
                Optional.ofNullable(rs.getString("event_id")).map(EventId::new),
                rs.getString("text"),
                code(id, rs.getString("code"), rs.getString("args")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.empty());
    }

    /** The stored code; empty for a notice stored before codes were kept, or one whose code cannot be read. */
    private static Optional<ReasonCode> code(long id, String code, String args) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReasonCode(ReasonCode.Family.NOTICE, code, "", MessageArgumentsJson.read(args)));
        } catch (IllegalArgumentException e) {
            // A newer version's argument type, or a damaged value: the English text is still there.
            LOG.warn(
                    "Notice {}: its stored code cannot be read ({}); the screen shows the English text",
                    id,
                    e.getMessage());
            return Optional.empty();
        }
    }
}
