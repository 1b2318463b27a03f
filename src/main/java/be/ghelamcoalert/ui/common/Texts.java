package be.ghelamcoalert.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The screen's words and formats in the chosen language: Dutch (nl-BE, the default) or English
 * (en-BE). Views bind to {@link #bind}; view models call {@link #get} and listen to
 * {@link #localeProperty()} to re-render when the language changes.
 */
public final class Texts {
    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-BE");
    public static final List<Locale> LANGUAGES = List.of(DUTCH, ENGLISH);
    private static final String BUNDLE = "be.ghelamcoalert.ui.messages";

    private final ZoneId zone;
    /** Loads the new bundle before any binding or listener hears of the change. */
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(DUTCH) {
        @Override
        protected void invalidated() {
            load(get());
        }
    };
    private ResourceBundle bundle;
    private DateTimeFormatter day;
    private DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    public Texts(Locale initial, ZoneId zone) {
        this.zone = zone;
        load(DUTCH);
        locale.set(initial);
    }

    /** "nl" or "en", as in the configuration. */
    public static Texts forLanguage(String language, ZoneId zone) {
        return new Texts("en".equals(language) ? ENGLISH : DUTCH, zone);
    }

    private void load(Locale wanted) {
        bundle = ResourceBundle.getBundle(BUNDLE, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        day = DateTimeFormatter.ofPattern(bundle.getString("format.day"), wanted);
        time = DateTimeFormatter.ofPattern("HH:mm", wanted);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Switches between Dutch and English. */
    public void toggleLanguage() {
        locale.set(locale.get().equals(DUTCH) ? ENGLISH : DUTCH);
    }

    /** The text for {@code key} with {0}, {1}, ... replaced by {@code args}. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text '" + key + "' for " + locale.get(), e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A binding that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** "17:45" in the venue's zone. */
    public String time(Instant instant) {
        return time.format(instant.atZone(zone));
    }

    public String time(ZonedDateTime dateTime) {
        return time(dateTime.toInstant());
    }

    /** "za 29 nov" / "Sat 29 Nov". */
    public String day(Instant instant) {
        return day.format(instant.atZone(zone));
    }

    public String day(java.time.LocalDate date) {
        return day.format(date);
    }

    public String day(ZonedDateTime dateTime) {
        return day(dateTime.toInstant());
    }

    /** "za 29 nov 17:45". */
    public String dayAndTime(Instant instant) {
        return day(instant) + " " + time(instant);
    }
}
