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
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(EventDao.EventMapper.class)
interface EventDao {
    String COLUMNS = "id, title, kind, competition, opponent, venue, start_date, start_time, end_time, status, source, muted";

    @SqlQuery("SELECT " + COLUMNS + " FROM events WHERE id = :id")
    Optional<Event> find(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM events WHERE start_date >= :from ORDER BY start_date, start_time, id")
    List<Event> startingFrom(@Bind("from") LocalDate from);

    /** Every event in start order; run by {@link JdbiEventRepository#all()} as a plain query. */
    String ALL = "SELECT " + COLUMNS + " FROM events ORDER BY start_date, start_time, id";

    @SqlUpdate("MERGE INTO events (" + COLUMNS + ") KEY (id) VALUES (:id, :title, :kind, :competition, :opponent, "
            + ":venue, :startDate, :startTime, :endTime, :status, :source, :muted)")
    void upsert(@Bind("id") String id, @Bind("title") String title, @Bind("kind") EventKind kind,
            @Bind("competition") Optional<String> competition, @Bind("opponent") Optional<String> opponent,
            @Bind("venue") String venue, @Bind("startDate") LocalDate startDate,
            @Bind("startTime") Optional<LocalTime> startTime, @Bind("endTime") Optional<LocalTime> endTime,
            @Bind("status") EventStatus status, @Bind("source") String source, @Bind("muted") boolean muted);

    @SqlUpdate("DELETE FROM events WHERE id = :id")
    void delete(@Bind("id") String id);

    final class EventMapper implements RowMapper<Event> {
        @Override
        public Event map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Event(
                    new EventId(rs.getString("id")),
                    rs.getString("title"),
                    EventKind.valueOf(rs.getString("kind")),
                    Optional.ofNullable(rs.getString("competition")),
                    Optional.ofNullable(rs.getString("opponent")),
                    rs.getString("venue"),
                    new EventStart(rs.getObject("start_date", LocalDate.class),
                            Optional.ofNullable(rs.getObject("start_time", LocalTime.class))),
                    Optional.ofNullable(rs.getObject("end_time", LocalTime.class)),
                    EventStatus.valueOf(rs.getString("status")),
                    rs.getString("source"),
                    rs.getBoolean("muted"));
        }
    }
}
