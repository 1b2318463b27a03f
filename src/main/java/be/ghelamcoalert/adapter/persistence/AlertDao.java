package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(AlertDao.AlertMapper.class)
interface AlertDao {
    String COLUMNS = "id, event_id, kind, rule, pinned, due_at, ends_at, clear_by, snoozed_until, confirmed_at, cancelled";

    @SqlQuery("SELECT " + COLUMNS + " FROM alerts WHERE id = :id")
    Optional<Alert> find(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM alerts WHERE event_id = :eventId ORDER BY due_at, id")
    List<Alert> forEvent(@Bind("eventId") String eventId);

    @SqlQuery("SELECT " + COLUMNS + " FROM alerts WHERE ends_at > :instant ORDER BY due_at, id")
    List<Alert> endingAfter(@Bind("instant") OffsetDateTime instant);

    @SqlUpdate("MERGE INTO alerts (" + COLUMNS + ") KEY (id) VALUES (:id, :eventId, :kind, :rule, :pinned, :dueAt, "
            + ":endsAt, :clearBy, :snoozedUntil, :confirmedAt, :cancelled)")
    void upsert(@Bind("id") String id, @Bind("eventId") String eventId, @Bind("kind") AlertKind kind,
            @Bind("rule") Optional<String> rule, @Bind("pinned") boolean pinned, @Bind("dueAt") OffsetDateTime dueAt,
            @Bind("endsAt") OffsetDateTime endsAt, @Bind("clearBy") OffsetDateTime clearBy,
            @Bind("snoozedUntil") OffsetDateTime snoozedUntil, @Bind("confirmedAt") OffsetDateTime confirmedAt,
            @Bind("cancelled") boolean cancelled);

    @SqlUpdate("DELETE FROM alerts WHERE id = :id")
    void delete(@Bind("id") String id);

    @SqlQuery("SELECT id FROM alerts WHERE event_id = :eventId")
    List<String> idsForEvent(@Bind("eventId") String eventId);

    final class AlertMapper implements RowMapper<Alert> {
        @Override
        public Alert map(ResultSet rs, StatementContext ctx) throws SQLException {
            var rule = rs.getString("rule");
            return new Alert(
                    new AlertId(rs.getString("id")),
                    new EventId(rs.getString("event_id")),
                    AlertKind.valueOf(rs.getString("kind")),
                    Optional.ofNullable(rule),
                    rs.getBoolean("pinned"),
                    instant(rs, "due_at"),
                    instant(rs, "ends_at"),
                    instant(rs, "clear_by"),
                    Optional.ofNullable(instant(rs, "snoozed_until")),
                    Optional.ofNullable(instant(rs, "confirmed_at")),
                    rs.getBoolean("cancelled"));
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            var value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
