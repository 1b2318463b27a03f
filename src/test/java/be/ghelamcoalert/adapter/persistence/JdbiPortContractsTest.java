package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.RetentionPolicy;
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
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The port contracts against the H2 adapters on a real file; the same contracts run against the in-memory fakes. */
@IntegrationTest
class JdbiPortContractsTest extends PortContracts {
    @TempDir
    Path dataDir;

    @Override
    protected StoreUnderTest open() {
        return new OnH2(dataDir, Database.open(dataDir));
    }

    /** The Jdbi adapters on the H2 file in {@code directory}; reopening closes the database and opens the file again. */
    private record OnH2(Path directory, Database database) implements StoreUnderTest {
        @Override
        public Transactor transactor() {
            return database;
        }

        @Override
        public EventRepository events() {
            return new JdbiEventRepository(database);
        }

        @Override
        public AlertRepository alerts() {
            return new JdbiAlertRepository(database);
        }

        @Override
        public NoticeRepository notices() {
            return new JdbiNoticeRepository(database);
        }

        @Override
        public AuditLog audit() {
            return new JdbiAuditLog(database);
        }

        @Override
        public SettingsRepository settings() {
            return new JdbiSettingsRepository(database);
        }

        @Override
        public PinLockoutStore pinLockout() {
            return new JdbiPinLockoutStore(database);
        }

        @Override
        public JobLedger jobLedger() {
            return new JdbiJobLedger(database);
        }

        @Override
        public MetricsOutbox metricsOutbox(Clock clock, int maxWindows) {
            return new JdbiMetricsOutbox(database, clock, maxWindows);
        }

        @Override
        public FixtureImportStore fixtureImports(int pagesKept) {
            var defaults = RetentionPolicy.DEFAULTS;
            return new JdbiFixtureImportStore(
                    database,
                    new RetentionPolicy(
                            defaults.pastEvents(),
                            defaults.auditLog(),
                            defaults.jobLedger(),
                            defaults.seenNotices(),
                            pagesKept,
                            defaults.quarantinedPageBytes()));
        }

        @Override
        public StoreUnderTest reopen() {
            database.close();
            return new OnH2(directory, Database.open(directory));
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
