package be.ghelamcoalert.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One setting's environment override, {@code GHELAMCO__SECTION__KEY} (case-insensitive), read
 * without the configuration file: what must be known before the file is read.
 */
public final class EnvironmentOverride {
    private EnvironmentOverride() {}

    /** The value {@code environment} gives the setting {@code section.key}, if any. */
    public static Optional<String> of(Map<String, String> environment, String section, String key) {
        var name = (ConfigLoader.ENV_PREFIX + section + "__" + key).toUpperCase(Locale.ROOT);
        return environment.entrySet().stream().filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(name))
                .map(Map.Entry::getValue).findFirst();
    }
}
