package be.ghelamcoalert.core.port;

import org.junit.jupiter.api.Nested;

/**
 * Every port's contract, once per implementation of the store: {@code InMemoryPortContractsTest}
 * (the fakes, a unit test) and {@code JdbiPortContractsTest} (the H2 adapters on a real file) only
 * say how to open their store. JUnit runs the nested contracts of this class for each subclass.
 */
public abstract class PortContracts {

    /** A new, empty store, open. */
    protected abstract StoreUnderTest open();

    @Nested
    class Events extends EventRepositoryContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Alerts extends AlertRepositoryContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Transactions extends TransactorContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Notices extends NoticeRepositoryContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Settings extends SettingsRepositoryContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class PinLockouts extends PinLockoutStoreContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Jobs extends JobLedgerContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class Metrics extends MetricsOutboxContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }

    @Nested
    class FixtureImports extends FixtureImportStoreContract {
        @Override
        protected StoreUnderTest openStore() {
            return open();
        }
    }
}
