package be.ghelamcoalert.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Over-the-air updates ({@code updates:} in kiosk.yaml). The kiosk takes update jobs only when the
 * key folder holds at least one public key ({@code *.pem}).
 *
 * @param releaseKeys the public keys a release must be signed with
 * @param trialLimit  how long a new release may take to come up healthy before it is rolled back
 */
public record UpdateConfig(String releaseKeys, Duration trialLimit) {
    public static final String DEFAULT_RELEASE_KEYS = "/etc/ghelamco-alert/release-keys";
    public static final Duration DEFAULT_TRIAL_LIMIT = Duration.ofMinutes(3);

    public UpdateConfig {
        releaseKeys = releaseKeys == null || releaseKeys.isBlank() ? DEFAULT_RELEASE_KEYS : releaseKeys;
        trialLimit = trialLimit == null ? DEFAULT_TRIAL_LIMIT : trialLimit;
        if (!trialLimit.isPositive()) {
            throw new IllegalArgumentException("updates.trialLimit must be positive, was " + trialLimit);
        }
    }

    public static UpdateConfig defaults() {
        return new UpdateConfig(null, null);
    }

    public Path releaseKeysFolder() {
        return Path.of(releaseKeys);
    }
}
