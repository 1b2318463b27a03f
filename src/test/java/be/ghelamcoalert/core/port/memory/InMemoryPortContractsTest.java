package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.FixtureImportStore;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.PinLockoutStore;
import be.ghelamcoalert.core.port.PortContracts;
import be.ghelamcoalert.core.port.SettingsRepository;
import be.ghelamcoalert.core.port.StoreUnderTest;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;

/** The port contracts against the in-memory fakes: a unit test (the H2 run is {@code JdbiPortContractsTest}). */
class InMemoryPortContractsTest extends PortContracts {

    @Override
    protected StoreUnderTest open() {
        return new InMemory(new InMemoryStore());
    }

    /** The fakes over one in-memory store; reopening keeps the store, as a restart keeps the file. */
    private record InMemory(InMemoryStore store) implements StoreUnderTest {
        @Override
        public Transactor transactor() {
            return store;
        }

        @Override
        public EventRepository events() {
            return store.events();
        }

        @Override
        public AlertRepository alerts() {
            return store.alerts();
        }

        @Override
        public NoticeRepository notices() {
            return store.notices();
        }

        @Override
        public AuditLog audit() {
            return store.audit();
        }

        @Override
        public SettingsRepository settings() {
            return store.settings();
        }

        @Override
        public PinLockoutStore pinLockout() {
            return store.pinLockout();
        }

        @Override
        public JobLedger jobLedger() {
            return store.jobLedger();
        }

        @Override
        public MetricsOutbox metricsOutbox(Clock clock, int maxWindows) {
            return store.metricsOutbox(clock, maxWindows);
        }

        @Override
        public FixtureImportStore fixtureImports(int pagesKept) {
            return store.fixtureImports(pagesKept);
        }

        @Override
        public StoreUnderTest reopen() {
            return new InMemory(store);
        }

        @Override
        public void close() {}
    }
}
