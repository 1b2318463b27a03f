package be.ghelamcoalert.adapter.fleet;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a kiosk is connected to AWS IoT now, from fleet indexing's connectivity data.
 *
 * @param since            when it connected or disconnected
 * @param disconnectReason AWS IoT's reason for the last disconnection, or empty
 */
public record Connectivity(boolean connected, Optional<Instant> since, String disconnectReason) {}
