package be.ghelamcoalert.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the settings screen shows about the device itself, so a technician on the phone can read
 * it off the screen.
 *
 * @param thingName the AWS IoT thing name; empty when the kiosk runs offline
 * @param relayPin  the BCM GPIO number the alarm relay hangs on
 */
public record DeviceFacts(
        String kioskName, String version, String dataDirectory, Optional<String> thingName, int relayPin) {

    public DeviceFacts {
        Objects.requireNonNull(kioskName, "kioskName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(thingName, "thingName");
    }
}
