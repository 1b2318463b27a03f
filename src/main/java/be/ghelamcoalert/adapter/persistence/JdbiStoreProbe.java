package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.StoreHealth;
import be.ghelamcoalert.core.port.StoreHealthProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Proves the store accepts a write: rewrites the one row of {@code store_probe} on a thread of its
 * own and waits at most the time limit for it. A write still stuck from the last probe is not
 * started again: the store is reported as not answering until it finishes.
 */
public final class JdbiStoreProbe implements StoreHealthProbe, AutoCloseable {
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);
    private static final String WRITE = "MERGE INTO store_probe (id, probed_at) KEY (id) VALUES (1, :at)";

    private final Database database;
    private final Clock clock;
    private final Duration limit;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("store-probe").daemon(true).factory());
    private Future<?> lastWrite;

    public JdbiStoreProbe(Database database, Clock clock, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the probe's time limit must be positive, was " + limit);
        }
        this.database = database;
        this.clock = clock;
        this.limit = limit;
    }

    public JdbiStoreProbe(Database database, Clock clock) {
        this(database, clock, DEFAULT_LIMIT);
    }

    @Override
    public StoreHealth health() {
        return database.health();
    }

    @Override
    public synchronized StoreHealth probe() {
        var watch = database.healthWatch();
        if (lastWrite != null && !lastWrite.isDone()) {
            watch.notAnswering(limit);
            return watch.current();
        }
        lastWrite = writer.submit(() -> database.jdbi()
                .useHandle(h ->
                        h.createUpdate(WRITE).bind("at", utc(clock.instant())).execute()));
        try {
            lastWrite.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            watch.wrote();
        } catch (TimeoutException e) {
            watch.notAnswering(limit);
        } catch (ExecutionException e) {
            watch.failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return watch.current();
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
