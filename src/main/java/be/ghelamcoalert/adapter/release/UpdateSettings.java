package be.ghelamcoalert.adapter.release;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a kiosk takes over-the-air updates.
 *
 * @param downloads         where bundles are downloaded, on the data partition
 * @param trustedKeys       the public keys a bundle must be signed with ({@code /etc/ghelamco-alert/release-keys})
 * @param maxBundleBytes    a larger download is stopped and refused
 * @param attempts          how often a download is tried afresh after a network error or a server error (5xx)
 * @param attemptTimeout    how long one attempt may wait for the server's answer
 * @param keepFreeBytes     room a download must leave on the data partition (the store lives there too): a bundle
 *                          whose announced length would leave less is refused before a byte is written
 */
public record UpdateSettings(
        Path downloads,
        Path trustedKeys,
        long maxBundleBytes,
        int attempts,
        Duration attemptTimeout,
        long keepFreeBytes) {
    public static final long DEFAULT_MAX_BUNDLE_BYTES = 300L * 1024 * 1024;
    public static final long DEFAULT_KEEP_FREE_BYTES = 64L * 1024 * 1024;

    public UpdateSettings {
        if (maxBundleBytes <= 0 || attempts < 1 || !attemptTimeout.isPositive() || keepFreeBytes < 0) {
            throw new IllegalArgumentException(
                    "update settings need a positive size limit, attempts and timeout, and no negative room to keep");
        }
    }

    /** The kiosk's settings: at most 300 MB, leaving 64 MB free, 3 attempts of at most 2 minutes to the first byte. */
    public static UpdateSettings of(Path downloads, Path trustedKeys) {
        return new UpdateSettings(
                downloads, trustedKeys, DEFAULT_MAX_BUNDLE_BYTES, 3, Duration.ofMinutes(2), DEFAULT_KEEP_FREE_BYTES);
    }
}
