package be.ghelamcoalert.core.port;

import java.util.function.Supplier;

/**
 * Runs work as one transaction: all of its repository calls commit together or not at all.
 * Nested calls join the outer transaction.
 */
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
