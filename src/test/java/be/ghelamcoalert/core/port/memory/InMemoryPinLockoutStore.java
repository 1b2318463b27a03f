package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.port.PinLockoutStore;
import java.util.Optional;

/** The admin PIN's lockout in memory. */
final class InMemoryPinLockoutStore implements PinLockoutStore {
    private final InMemoryStore store;

    InMemoryPinLockoutStore(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public PinLockout load() {
        return store.read(t -> t.pinLockout.orElseGet(PinLockout::none));
    }

    @Override
    public void save(PinLockout lockout) {
        store.write(t -> t.pinLockout = Optional.of(lockout));
    }
}
