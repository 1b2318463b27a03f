package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The SQL and row mapper of the events table. Plain statements on the thread's handle rather than
 * an on-demand SqlObject: that set up a proxy on every call, which cost more than the query.
 */
final class EventRows {
    static final String COLUMNS =
            "id, title, kind, competition, opponent, venue, start_date, start_time, end_time, status, source, muted";
    static final String FIND = "SELECT " + COLUMNS + " FROM events WHERE id = :id";
    static final String STARTING_FROM =
            "SELECT " + COLUMNS + " FROM events WHERE start_date >= :from ORDER BY start_date, start_time, id";
    static final String ALL = "SELECT " + COLUMNS + " FROM events ORDER BY start_date, start_time, id";
    static final String UPSERT =
            "MERGE INTO events (" + COLUMNS + ") KEY (id) VALUES (:id, :title, :kind, :competition, :opponent, "
                    + ":venue, :startDate, :startTime, :endTime, :status, :source, :muted)";
    static final String DELETE = "DELETE FROM events WHERE id = :id";
    static final RowMapper<Event> MAPPER = new EventMapper();

    private EventRows() {}

    private static final class EventMapper implements RowMapper<Event> {
        @Override
        public Event map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Event(
                    new EventId(rs.getString("id")),
                    rs.getString("title"),
                    EventKind.valueOf(rs.getString("kind")),
                    Optional.ofNullable(rs.getString("competition")),
                    Optional.ofNullable(rs.getString("opponent")),
                    rs.getString("venue"),
                    new EventStart(
                            rs.getObject("start_date", LocalDate.class),
                            Optional.ofNullable(rs.getObject("start_time", LocalTime.class))),
                    Optional.ofNullable(rs.getObject("end_time", LocalTime.class)),
                    EventStatus.valueOf(rs.getString("status")),
                    rs.getString("source"),
                    rs.getBoolean("muted"));
        }
    }
}
