package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.port.MetricsOutbox;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metric windows in H2, published or not. Storing a window drops the ones older than the
 * retention period and, beyond {@code maxWindows}, the oldest: the outbox never grows unbounded.
 */
public final class JdbiMetricsOutbox implements MetricsOutbox {
    public static final Duration RETENTION = Duration.ofDays(14);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Double>> VALUES = new TypeReference<>() {};

    private final Database database;
    private final Clock clock;
    private final int maxWindows;

    public JdbiMetricsOutbox(Database database, Clock clock, int maxWindows) {
        this.database = database;
        this.clock = clock;
        this.maxWindows = maxWindows;
    }

    /** Room for 14 days of 5-minute windows, twice over (restarts split windows). */
    public JdbiMetricsOutbox(Database database, Clock clock) {
        this(database, clock, (int) (RETENTION.toMinutes() / 5) * 2);
    }

    @Override
    public void store(MetricWindow window) {
        database.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO metric_windows (window_start, length_s, vals, published) "
                            + "VALUES (:start, :length, :vals, FALSE)")
                    .bind("start", utc(window.start()))
                    .bind("length", (int) window.length().toSeconds())
                    .bind("vals", encode(window.values()))
                    .execute();
            h.createUpdate("DELETE FROM metric_windows WHERE window_start < :oldest")
                    .bind("oldest", utc(clock.instant().minus(RETENTION)))
                    .execute();
            h.createUpdate("DELETE FROM metric_windows WHERE seq <= " + "(SELECT MAX(seq) FROM metric_windows) - :max")
                    .bind("max", maxWindows)
                    .execute();
        });
    }

    @Override
    public List<Stored> unpublished(int limit) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT seq, window_start, length_s, vals FROM metric_windows WHERE NOT published ORDER BY seq LIMIT :limit")
                        .bind("limit", limit)
                        .map((rs, ctx) -> new Stored(rs.getLong("seq"), window(rs)))
                        .list());
    }

    @Override
    public void markPublished(long sequence) {
        database.jdbi()
                .useHandle(h -> h.createUpdate("UPDATE metric_windows SET published = TRUE WHERE seq = :seq")
                        .bind("seq", sequence)
                        .execute());
    }

    /** Windows starting in [from, to), oldest first; parts of one window cut by a restart are summed. */
    @Override
    public List<MetricWindow> windowsBetween(Instant from, Instant to) {
        var rows = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT window_start, length_s, vals FROM metric_windows "
                                + "WHERE window_start >= :from AND window_start < :to ORDER BY window_start, seq")
                        .bind("from", utc(from))
                        .bind("to", utc(to))
                        .map((rs, ctx) -> window(rs))
                        .list());
        var byStart = new LinkedHashMap<Instant, MetricWindow>();
        for (var row : rows) {
            byStart.merge(row.start(), row, JdbiMetricsOutbox::sum);
        }
        return List.copyOf(byStart.values());
    }

    private static MetricWindow sum(MetricWindow a, MetricWindow b) {
        var values = new TreeMap<>(a.values());
        b.values().forEach((name, value) -> values.merge(name, value, Double::sum));
        return new MetricWindow(a.start(), a.length().compareTo(b.length()) >= 0 ? a.length() : b.length(), values);
    }

    private static MetricWindow window(ResultSet rs) throws SQLException {
        return new MetricWindow(
                rs.getObject("window_start", OffsetDateTime.class).toInstant(),
                Duration.ofSeconds(rs.getInt("length_s")),
                decode(rs.getString("vals")));
    }

    /** The values as a JSON object, by name: {@code {"Heartbeats":5.0,"Snoozes":1.0}}. */
    static String encode(Map<String, Double> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JacksonException e) {
            throw new IllegalStateException("metric values cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Double> decode(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "a stored metric window is not a JSON object of numbers: " + e.getOriginalMessage(), e);
        }
    }
}
