package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.core.model.Language;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words of {@code remote events} and {@code remote kiosks} in the operator's language. */
final class OperatorWords {
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("planned", "gepland"),
            Map.entry("active", "actief"),
            Map.entry("snoozed", "gesnoozed tot"),
            Map.entry("confirmed", "bevestigd"),
            Map.entry("muted", "gedempt"),
            Map.entry("expired", "verlopen"),
            Map.entry("cancelled", "geannuleerd"),
            Map.entry("UPCOMING", "gepland"),
            Map.entry("TODAY", "vandaag"),
            Map.entry("LIGHT_ON", "licht aan"),
            Map.entry("OVERDUE", "te laat"),
            Map.entry("CLEARED", "parking leeg"),
            Map.entry("FINISHED", "voorbij"),
            Map.entry("CALLED_OFF", "afgelast"),
            Map.entry("kickoff", "aftrap"),
            Map.entry("clear by", "parking leeg om"),
            Map.entry("TBC", "nog niet bekend"),
            Map.entry("events", "evenementen in de komende %d dagen"),
            Map.entry("reported", "gemeld"),
            Map.entry("last good import", "laatste goede import"),
            Map.entry("left out", "%d verdere evenementen weggelaten (de schaduw is vol)"),
            Map.entry("parts ok", "alle onderdelen in orde"),
            Map.entry("online", "online"),
            Map.entry("offline", "offline"),
            Map.entry("unknown", "onbekend"),
            Map.entry("no schedule", "nog geen planning gemeld"),
            Map.entry("none", "geen"),
            Map.entry("next deadline", "volgende deadline"));
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("snoozed", "snoozed until"),
            Map.entry("UPCOMING", "upcoming"),
            Map.entry("TODAY", "today"),
            Map.entry("LIGHT_ON", "light on"),
            Map.entry("OVERDUE", "overdue"),
            Map.entry("CLEARED", "car park clear"),
            Map.entry("FINISHED", "finished"),
            Map.entry("CALLED_OFF", "called off"),
            Map.entry("TBC", "to be confirmed"),
            Map.entry("events", "events in the next %d days"),
            Map.entry("left out", "%d further events left out (the shadow is full)"),
            Map.entry("parts ok", "all parts working"),
            Map.entry("no schedule", "no schedule reported yet"));

    private final Language language;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    OperatorWords(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern(
                "EEE dd-MM", language == Language.NL ? Locale.forLanguageTag("nl-BE") : Locale.forLanguageTag("en-BE"));
    }

    /** The operator's language: {@code nl} or {@code en}, else the system's (Dutch for nl, English for anything else). */
    static Language language(java.util.Optional<String> chosen) {
        return chosen.map(Language::of)
                .orElseGet(() -> Locale.getDefault().getLanguage().equals("nl") ? Language.NL : Language.EN);
    }

    String word(String key) {
        return language == Language.NL ? DUTCH.getOrDefault(key, key) : ENGLISH.getOrDefault(key, key);
    }

    String day(OffsetDateTime at) {
        return day.format(at.atZoneSameInstant(zone));
    }

    String time(OffsetDateTime at) {
        return time.format(at.atZoneSameInstant(zone));
    }

    String dayAndTime(OffsetDateTime at) {
        return day(at) + " " + time(at);
    }
}
