package be.ghelamcoalert.core.port;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the port contracts: each contract states once what the core relies on from a port,
 * and runs against the in-memory fake (a unit test) and the H2 adapter (an integration test).
 */
public abstract class PortContract {
    protected StoreUnderTest store;

    /** Opens an empty store. */
    protected abstract StoreUnderTest openStore();

    @BeforeEach
    final void openTheStore() {
        store = openStore();
    }

    @AfterEach
    final void closeTheStore() {
        store.close();
    }

    /** Closes the store and opens it again, as a restart does. */
    protected final void restart() {
        store = store.reopen();
    }
}
