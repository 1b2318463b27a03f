package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.PruneCounts;
import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.port.StoreHousekeeping;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Retention in H2. Every batch of at most {@code batchSize} rows is a transaction of its own, so
 * pruning a year of rows never holds the store for long. Not to be called inside a transaction.
 */
public final class JdbiStoreHousekeeping implements StoreHousekeeping {
    public static final int BATCH_SIZE = 500;
    private static final String PAST_EVENTS = "SELECT id FROM events e WHERE start_date < :before "
            + "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.event_id = e.id AND a.ends_at > :now) "
            + "ORDER BY start_date, id FETCH FIRST :batch ROWS ONLY";
    private static final String SURPLUS_PAGES = "DELETE FROM fixture_raw_pages p WHERE "
            + "(SELECT COUNT(*) FROM fixture_raw_pages q WHERE q.source = p.source AND q.id > p.id) >= :kept";

    private final Database database;
    private final int batchSize;

    public JdbiStoreHousekeeping(Database database) {
        this(database, BATCH_SIZE);
    }

    JdbiStoreHousekeeping(Database database, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one row, was " + batchSize);
        }
        this.database = database;
        this.batchSize = batchSize;
    }

    @Override
    public PruneCounts prune(Instant now, RetentionPolicy policy) {
        var events = 0;
        var alerts = 0;
        List<String> batch;
        do {
            batch = pastEvents(now, policy);
            if (!batch.isEmpty()) {
                alerts += deleteEvents(batch);
                events += batch.size();
            }
        } while (batch.size() == batchSize);
        return new PruneCounts(
                events,
                alerts,
                deleteOlder("audit_log", "at", now.minus(policy.auditLog())),
                deleteOlder("job_executions", "received_at", now.minus(policy.jobLedger())),
                deleteOlder("notices", "seen_at", now.minus(policy.seenNotices())),
                database.jdbi()
                        .withHandle(h -> h.createUpdate(SURPLUS_PAGES)
                                .bind("kept", policy.quarantinedPagesPerSource())
                                .execute()));
    }

    /** Events whose day is older than the policy keeps and that have no alert that has not ended. */
    private List<String> pastEvents(Instant now, RetentionPolicy policy) {
        var before = now.minus(policy.pastEvents()).atOffset(ZoneOffset.UTC).toLocalDate();
        return database.jdbi()
                .withHandle(h -> h.createQuery(PAST_EVENTS)
                        .bind("before", before)
                        .bind("now", utc(now))
                        .bind("batch", batchSize)
                        .mapTo(String.class)
                        .list());
    }

    /** Deletes the events, their alerts (by cascade) and their source links together; returns the alerts removed. */
    private int deleteEvents(List<String> ids) {
        return database.jdbi().inTransaction(h -> {
            var alerts = h.createQuery("SELECT COUNT(*) FROM alerts WHERE event_id IN (<ids>)")
                    .bindList("ids", ids)
                    .mapTo(Integer.class)
                    .one();
            h.createUpdate("DELETE FROM fixture_links WHERE event_id IN (<ids>)")
                    .bindList("ids", ids)
                    .execute();
            h.createUpdate("DELETE FROM events WHERE id IN (<ids>)")
                    .bindList("ids", ids)
                    .execute();
            return alerts;
        });
    }

    private int deleteOlder(String table, String column, Instant before) {
        var total = 0;
        int removed;
        do {
            removed = database.jdbi()
                    .withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE " + column
                                    + " < :before FETCH FIRST :batch ROWS ONLY")
                            .bind("before", utc(before))
                            .bind("batch", batchSize)
                            .execute());
            total += removed;
        } while (removed == batchSize);
        return total;
    }
}
