package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.SettingsOverrides;
import be.ghelamcoalert.core.port.SettingsRepository;
import java.time.Instant;
import java.util.Optional;

/** The settings chosen at the kiosk, in memory. */
final class InMemorySettingsRepository implements SettingsRepository {
    private final InMemoryStore store;

    InMemorySettingsRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public SettingsOverrides load() {
        return store.read(t -> t.settings.orElseGet(SettingsOverrides::none));
    }

    @Override
    public void save(SettingsOverrides overrides, Instant at) {
        store.write(t -> t.settings = Optional.of(overrides));
    }
}
