package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.core.port.StoreProbe;
import be.ghelamcoalert.core.service.PartSupervisor;
import java.util.Optional;

/** The kernel's question to the store: does it still answer? */
final class StoreProbes {
    private StoreProbes() {}

    static StoreProbe of(Database database) {
        return () -> {
            try {
                database.jdbi().useHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of("the store does not answer: " + PartSupervisor.reasonOf(e));
            }
        };
    }
}
