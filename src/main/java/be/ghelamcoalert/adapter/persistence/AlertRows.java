package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL and row mapper of the alerts table (plain statements, see {@link EventRows}). */
final class AlertRows {
    static final String COLUMNS =
            "id, event_id, kind, rule, pinned, due_at, ends_at, clear_by, snoozed_until, confirmed_at, cancelled";
    static final String FIND = "SELECT " + COLUMNS + " FROM alerts WHERE id = :id";
    static final String FOR_EVENT = "SELECT " + COLUMNS + " FROM alerts WHERE event_id = :eventId ORDER BY due_at, id";
    static final String ENDING_AFTER =
            "SELECT " + COLUMNS + " FROM alerts WHERE ends_at > :instant ORDER BY due_at, id";
    static final String UPSERT =
            "MERGE INTO alerts (" + COLUMNS + ") KEY (id) VALUES (:id, :eventId, :kind, :rule, :pinned, :dueAt, "
                    + ":endsAt, :clearBy, :snoozedUntil, :confirmedAt, :cancelled)";
    static final String DELETE = "DELETE FROM alerts WHERE id = :id";
    static final String IDS_FOR_EVENT = "SELECT id FROM alerts WHERE event_id = :eventId";
    static final RowMapper<Alert> MAPPER = new AlertMapper();

    private AlertRows() {}

    private static final class AlertMapper implements RowMapper<Alert> {
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
