package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.SettingsOverrides;
import be.ghelamcoalert.core.port.SettingsRepository;
import java.time.Instant;

/**
 * The kiosk's own settings: the configuration file's values with the choices made at the screen
 * laid over them. Read once at start and kept in memory, so the screen never waits on the store
 * for them; changed only through {@link KioskCommandService} ({@code ChangeSettings}).
 */
public final class DeviceSettingsService {
    private final DeviceSettings configured;
    private final DeviceFacts facts;
    private final SettingsRepository repository;
    private volatile SettingsOverrides stored;

    public DeviceSettingsService(DeviceSettings configured, DeviceFacts facts, SettingsRepository repository) {
        this.configured = configured;
        this.facts = facts;
        this.repository = repository;
        this.stored = repository.load();
    }

    /** The settings in force. */
    public DeviceSettings current() {
        return stored.over(configured);
    }

    public DeviceFacts facts() {
        return facts;
    }

    /** Stores {@code change} over the earlier choices; call inside the command's transaction. */
    SettingsOverrides store(SettingsOverrides change, Instant at) {
        var next = repository.load().with(change);
        repository.save(next, at);
        return next;
    }

    /** Takes the stored choices into use, once their transaction has committed. */
    void use(SettingsOverrides committed) {
        stored = committed;
    }
}
