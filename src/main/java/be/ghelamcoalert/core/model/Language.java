package be.ghelamcoalert.core.model;

import java.util.Locale;

/** The languages the kiosk speaks: Dutch (the default) and English. */
public enum Language {
    NL,
    EN;

    /** "nl" or "en", as in the configuration and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but "nl" or "en" */
    public static Language of(String code) {
        return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> NL;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language must be 'nl' or 'en', was '" + code + "'");
        };
    }

    public Language other() {
        return this == NL ? EN : NL;
    }
}
