package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.FixtureImportStore;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.PinLockoutStore;
import be.ghelamcoalert.core.port.SettingsRepository;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The kiosk's store in memory, for fast tests of the core: the repository ports' fakes all work on
 * its one set of {@link Tables}, and it is their {@link Transactor}. A transaction holds the
 * store's lock and a copy of the tables taken when it began; when its work throws, the tables go
 * back to that copy, so a failed command leaves nothing behind, as on H2. Every call outside a
 * transaction is a transaction of its own. Generated numbers (notice ids, arrival order, metric
 * sequences) are not given back by a rollback, as with H2's identity columns.
 * One transaction runs at a time: another thread's call waits until it ends (where H2 would let a
 * reader see the last committed rows), so a test must not hold a transaction open while it waits
 * for another thread that uses the store.
 *
 * <p>The port contracts ({@code be.ghelamcoalert.core.port.*Contract}) run against these fakes and
 * against the H2 adapters, so both behave alike where the core can tell.
 */
public final class InMemoryStore implements Transactor {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Sequence, AtomicLong> sequences = new EnumMap<>(Sequence.class);
    private Tables tables = new Tables();
    private int depth;

    public InMemoryStore() {
        for (var sequence : Sequence.values()) {
            sequences.put(sequence, new AtomicLong());
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                return work.get(); // joins the outer transaction
            }
            var before = tables.copy();
            depth++;
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                tables = before;
                throw e;
            } finally {
                depth--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads the tables as committed, or as the current transaction left them. */
    <T> T read(Function<Tables, T> query) {
        lock.lock();
        try {
            return query.apply(tables);
        } finally {
            lock.unlock();
        }
    }

    /** Changes the tables all at once: in the open transaction, or in one of its own. */
    void write(Consumer<Tables> change) {
        run(() -> change.accept(tables));
    }

    <T> T writeAndReturn(Function<Tables, T> change) {
        return inTransaction(() -> change.apply(tables));
    }

    /** The numbers a table's identity column gives: each one higher than the last, never given back. */
    enum Sequence {
        NOTICE,
        JOB_ARRIVAL,
        METRIC_WINDOW,
        RAW_PAGE
    }

    long next(Sequence sequence) {
        return sequences.get(sequence).incrementAndGet();
    }

    public EventRepository events() {
        return new InMemoryEventRepository(this);
    }

    public AlertRepository alerts() {
        return new InMemoryAlertRepository(this);
    }

    public NoticeRepository notices() {
        return new InMemoryNoticeRepository(this);
    }

    public AuditLog audit() {
        return new InMemoryAuditLog(this);
    }

    public SettingsRepository settings() {
        return new InMemorySettingsRepository(this);
    }

    public PinLockoutStore pinLockout() {
        return new InMemoryPinLockoutStore(this);
    }

    public JobLedger jobLedger() {
        return new InMemoryJobLedger(this);
    }

    /** The outbox as the kiosk sizes it: 14 days of 5-minute windows, twice over. */
    public MetricsOutbox metricsOutbox(Clock clock) {
        return new InMemoryMetricsOutbox(this, clock, InMemoryMetricsOutbox.DEFAULT_MAX_WINDOWS);
    }

    public MetricsOutbox metricsOutbox(Clock clock, int maxWindows) {
        return new InMemoryMetricsOutbox(this, clock, maxWindows);
    }

    /** @param pagesKept how many quarantined pages are kept per source */
    public FixtureImportStore fixtureImports(int pagesKept) {
        return new InMemoryFixtureImportStore(this, pagesKept);
    }
}
