package be.ghelamcoalert.config;

import java.util.Optional;

/**
 * The kiosk itself.
 *
 * @param name          shown in the status bar and reported to the cloud
 * @param language      "nl" (default) or "en"
 * @param dataDirectory where the H2 database lives; empty: the platform's private storage
 *                      (Gluon Attach), on the Pi {@code /var/lib/ghelamco-alert}
 */
public record KioskSettings(String name, String language, Optional<String> dataDirectory) {

    public KioskSettings {
        name = name == null || name.isBlank() ? "Ghelamco Alert" : name.strip();
        language = language == null ? "nl" : language.strip();
        if (!language.equals("nl") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be 'nl' or 'en', was '" + language + "'");
        }
        dataDirectory = dataDirectory == null ? Optional.empty() : dataDirectory.filter(s -> !s.isBlank());
    }

    public static KioskSettings defaults() {
        return new KioskSettings(null, null, null);
    }
}
