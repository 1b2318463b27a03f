package be.ghelamcoalert.core.port;

import java.time.Clock;

/**
 * One store's ports, opened for a port contract: the in-memory fakes or the H2 adapters on a file.
 * Every call returns a port over the same store.
 */
public interface StoreUnderTest extends AutoCloseable {

    Transactor transactor();

    EventRepository events();

    AlertRepository alerts();

    NoticeRepository notices();

    AuditLog audit();

    SettingsRepository settings();

    PinLockoutStore pinLockout();

    JobLedger jobLedger();

    MetricsOutbox metricsOutbox(Clock clock, int maxWindows);

    /** @param pagesKept how many quarantined pages are kept per source */
    FixtureImportStore fixtureImports(int pagesKept);

    /** Closes the store and opens it again: what a restarted kiosk finds. */
    StoreUnderTest reopen();

    @Override
    void close();
}
