package be.ghelamcoalert.core.model;

import java.util.Objects;

/**
 * The settings a lobby operator may change on the screen, as they are in force: the stored
 * choice where there is one, else the configuration file's value.
 */
public record DeviceSettings(Language language, NightSchedule nightMode) {

    public DeviceSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(nightMode, "nightMode");
    }
}
