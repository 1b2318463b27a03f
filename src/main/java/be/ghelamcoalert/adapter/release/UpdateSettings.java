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
 * @param allowLoopbackHttp plain {@code http://127.0.0.1} URLs are accepted (tests only; the kiosk needs https)
 */
public record UpdateSettings(Path downloads, Path trustedKeys, long maxBundleBytes, int attempts, Duration attemptTimeout,
        boolean allowLoopbackHttp) {
    public static final long DEFAULT_MAX_BUNDLE_BYTES = 300L * 1024 * 1024;

    public UpdateSettings {
        if (maxBundleBytes <= 0 || attempts < 1 || !attemptTimeout.isPositive()) {
            throw new IllegalArgumentException("update settings need a positive size limit, attempts and timeout");
        }
    }

    /** The kiosk's settings: https only, 300 MB, 3 attempts of at most 2 minutes to the first byte. */
    public static UpdateSettings of(Path downloads, Path trustedKeys) {
        return new UpdateSettings(downloads, trustedKeys, DEFAULT_MAX_BUNDLE_BYTES, 3, Duration.ofMinutes(2), false);
    }
}
