package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;
import static be.ghelamcoalert.adapter.persistence.Timestamps.utcOrNull;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.model.fixtures.Pairing;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import be.ghelamcoalert.core.port.FixtureImportStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Source health, source-id links, match pairings and quarantined pages in H2. Joins the open
 * transaction. Of the quarantined pages only the newest few per source are kept, each cut to the
 * policy's size.
 */
public final class JdbiFixtureImportStore implements FixtureImportStore {
    private static final int MAX_REASON = 1000;

    private final Database database;
    private final int pagesKept;
    private final int pageBytes;

    public JdbiFixtureImportStore(Database database, RetentionPolicy policy) {
        this.database = database;
        this.pagesKept = policy.quarantinedPagesPerSource();
        this.pageBytes = policy.quarantinedPageBytes();
    }

    /** With the default retention: 5 pages per source, 1 MB each. */
    public JdbiFixtureImportStore(Database database) {
        this(database, RetentionPolicy.DEFAULTS);
    }

    @Override
    public Optional<SourceHealth> health(String source) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM fixture_sources WHERE source = :source")
                        .bind("source", source)
                        .map((rs, ctx) -> health(rs))
                        .findOne());
    }

    private static SourceHealth health(ResultSet rs) throws SQLException {
        return new SourceHealth(
                rs.getString("source"),
                Health.valueOf(rs.getString("health")),
                rs.getString("reason"),
                instant(rs, "last_attempt_at"),
                instant(rs, "last_good_at"),
                rs.getInt("last_good_at_venue"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    @Override
    public void saveHealth(SourceHealth health) {
        database.jdbi()
                .useHandle(h -> h.createUpdate(
                                "MERGE INTO fixture_sources (source, health, reason, last_attempt_at, "
                                        + "last_good_at, last_good_at_venue) KEY (source) VALUES (:source, :health, :reason, :attempt, :good, :atVenue)")
                        .bind("source", health.source())
                        .bind("health", health.health().name())
                        .bind("reason", clip(health.reason()))
                        .bind("attempt", utcOrNull(health.lastAttempt()))
                        .bind("good", utcOrNull(health.lastGood()))
                        .bind("atVenue", health.lastGoodAtVenue())
                        .execute());
    }

    @Override
    public Map<SourceRef, EventId> links() {
        return database.jdbi().withHandle(h -> {
            var links = new HashMap<SourceRef, EventId>();
            h.createQuery("SELECT source, source_id, event_id FROM fixture_links")
                    .map((rs, ctx) -> Map.entry(
                            new SourceRef(rs.getString("source"), rs.getString("source_id")),
                            new EventId(rs.getString("event_id"))))
                    .forEach(e -> links.put(e.getKey(), e.getValue()));
            return links;
        });
    }

    @Override
    public void saveLinks(Map<SourceRef, EventId> links) {
        database.jdbi().useHandle(h -> {
            var batch = h.prepareBatch("MERGE INTO fixture_links (source, source_id, event_id) KEY (source, source_id) "
                    + "VALUES (:source, :sourceId, :eventId)");
            links.forEach((ref, id) -> batch.bind("source", ref.source())
                    .bind(
                            "sourceId",
                            ref.sourceId().length() > 200 ? ref.sourceId().substring(0, 200) : ref.sourceId())
                    .bind("eventId", id.value())
                    .add());
            if (!links.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public Map<EventId, Pairing> pairings() {
        return database.jdbi().withHandle(h -> {
            var pairings = new HashMap<EventId, Pairing>();
            h.createQuery("SELECT event_id, competition, home_team, away_team FROM fixture_pairings")
                    .map((rs, ctx) -> Map.entry(
                            new EventId(rs.getString("event_id")),
                            new Pairing(
                                    rs.getString("competition"), rs.getString("home_team"), rs.getString("away_team"))))
                    .forEach(e -> pairings.put(e.getKey(), e.getValue()));
            return pairings;
        });
    }

    @Override
    public void savePairings(Map<EventId, Pairing> pairings) {
        if (pairings.isEmpty()) {
            return;
        }
        database.jdbi().useHandle(h -> {
            var batch = h.prepareBatch(
                    "MERGE INTO fixture_pairings (event_id, competition, home_team, away_team) KEY (event_id) "
                            + "VALUES (:eventId, :competition, :home, :away)");
            pairings.forEach((id, pairing) -> batch.bind("eventId", id.value())
                    .bind("competition", pairing.competition())
                    .bind("home", pairing.home())
                    .bind("away", pairing.away())
                    .add());
            batch.execute();
        });
    }

    @Override
    public void keepRawPage(RawPage page) {
        database.jdbi().useHandle(h -> {
            h.createUpdate(
                            "INSERT INTO fixture_raw_pages (source, kept_at, reason, content) VALUES (:source, :at, :reason, :content)")
                    .bind("source", page.source())
                    .bind("at", utc(page.keptAt()))
                    .bind("reason", clip(page.reason()))
                    .bind("content", PageCap.cap(page.content(), pageBytes))
                    .execute();
            h.createUpdate("DELETE FROM fixture_raw_pages WHERE source = :source AND id NOT IN "
                            + "(SELECT id FROM fixture_raw_pages WHERE source = :source ORDER BY id DESC LIMIT :kept)")
                    .bind("source", page.source())
                    .bind("kept", pagesKept)
                    .execute();
        });
    }

    @Override
    public List<RawPage> rawPages(String source) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT source, kept_at, reason, content FROM fixture_raw_pages WHERE source = :source ORDER BY id DESC")
                        .bind("source", source)
                        .map((rs, ctx) -> new RawPage(
                                rs.getString("source"),
                                rs.getObject("kept_at", OffsetDateTime.class).toInstant(),
                                rs.getString("reason"),
                                rs.getString("content")))
                        .list());
    }

    private static String clip(String text) {
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }
}
