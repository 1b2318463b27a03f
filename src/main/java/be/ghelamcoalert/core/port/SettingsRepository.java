package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.SettingsOverrides;
import java.time.Instant;

/** Keeps the settings chosen at the kiosk, so they outlive a restart. */
public interface SettingsRepository {

    /** The stored choices; {@link SettingsOverrides#none()} when nothing was ever chosen. */
    SettingsOverrides load();

    /** Replaces the stored choices. */
    void save(SettingsOverrides overrides, Instant at);
}
