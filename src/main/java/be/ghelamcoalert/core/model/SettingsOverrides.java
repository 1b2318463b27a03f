package be.ghelamcoalert.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The settings chosen at the kiosk, each overriding the configuration file's value; an empty
 * one means "as the configuration file says".
 */
public record SettingsOverrides(Optional<Language> language, Optional<NightSchedule> nightMode) {

    public SettingsOverrides {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(nightMode, "nightMode");
    }

    /** Nothing chosen yet: the configuration file decides everything. */
    public static SettingsOverrides none() {
        return new SettingsOverrides(Optional.empty(), Optional.empty());
    }

    /** These choices laid over the configuration file's settings. */
    public DeviceSettings over(DeviceSettings configured) {
        return new DeviceSettings(language.orElse(configured.language()), nightMode.orElse(configured.nightMode()));
    }

    /** These choices with {@code newer} ones replacing them where {@code newer} has a value. */
    public SettingsOverrides with(SettingsOverrides newer) {
        return new SettingsOverrides(newer.language.or(() -> language), newer.nightMode.or(() -> nightMode));
    }
}
