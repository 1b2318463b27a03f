package be.ghelamcoalert.ui.common;

import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.service.CommandOutcome;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
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
    private DurationText durations;

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
        bundle = ResourceBundle.getBundle(
                BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        day = DateTimeFormatter.ofPattern(bundle.getString("format.day"), wanted);
        time = DateTimeFormatter.ofPattern("HH:mm", wanted);
        durations = new DurationText(
                bundle.getString("duration.day"),
                bundle.getString("duration.hour"),
                bundle.getString("duration.minute"),
                bundle.getString("duration.second"));
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
        use(language().other());
    }

    /** The language the screen speaks now. */
    public Language language() {
        return locale.get().equals(ENGLISH) ? Language.EN : Language.NL;
    }

    /** Speaks {@code language} from now on; every binding follows. */
    public void use(Language language) {
        locale.set(language == Language.EN ? ENGLISH : DUTCH);
    }

    /** What a command did, in this language: {@code outcome.<KIND>} with its arguments. */
    public String outcome(CommandOutcome outcome) {
        return words(outcome.reasonCode()).orElseGet(outcome::summary);
    }

    /** A lobby notice in this language: {@code notice.<CODE>} with its arguments; else its stored (English) text. */
    public String notice(Notice notice) {
        return notice.code().flatMap(this::words).orElseGet(notice::text);
    }

    /** Why a command was refused, in this language: {@code refusal.<CODE>} with its arguments. */
    public String refusal(InvalidCommandException refused) {
        return words(ReasonCode.of(refused)).orElseGet(refused::getMessage);
    }

    /**
     * An outcome, refusal, failure or notice in this language: {@code outcome.<CODE>},
     * {@code refusal.<CODE>}, {@code failure.<CODE>} or {@code notice.<CODE>} with its arguments in
     * this language's formats. A refusal's text has the field's name ({@code field.<name>}, else the
     * name itself) as {0} and its own arguments after it. Empty when this language has no text for
     * the code.
     */
    public Optional<String> words(ReasonCode reason) {
        var key = reason.family().name().toLowerCase(Locale.ROOT) + "." + reason.code();
        if (!has(key)) {
            return Optional.empty();
        }
        if (reason.family() != ReasonCode.Family.REFUSAL) {
            return Optional.of(get(key, format(reason.args())));
        }
        var fieldKey = "field." + reason.field();
        return Optional.of(
                get(key, format(Refusal.fieldFirst(has(fieldKey) ? get(fieldKey) : reason.field(), reason.args()))));
    }

    /** An enum value as the texts' keys and the style classes name it: {@code ROLLED_BACK} is {@code rolled-back}. */
    public static String keyOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this language has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A message's arguments as this language writes them: times, days, kickoffs, alert kinds,
     * languages as text; a count stays a number, so that the text's {@code choice} picks the plural.
     */
    private Object[] format(List<MessageArgument> args) {
        return args.stream()
                .map(arg -> switch (arg) {
                    case MessageArgument.Text text -> text.value();
                    case MessageArgument.Count count -> count.value();
                    case MessageArgument.TimeOfDay t -> time(t.value());
                    case MessageArgument.Day d -> day(d.value());
                    case MessageArgument.DayAndTime t -> day(t.value().toLocalDate()) + " " + time.format(t.value());
                    case MessageArgument.Kickoff start ->
                        start.value()
                                .time()
                                .map(t -> day(start.value().date()) + " " + time(t))
                                .orElseGet(() -> get(
                                        "format.kickoffTbc", day(start.value().date())));
                    case MessageArgument.KindOfAlert k ->
                        get("alert.kind." + k.value().name().toLowerCase(Locale.ROOT))
                                .toLowerCase(locale.get());
                    case MessageArgument.LanguageName l ->
                        get("language." + l.value().code());
                    case MessageArgument.Release r -> r.value().text();
                    case MessageArgument.Parts p -> parts(p.value());
                })
                .toArray();
    }

    /** "scherm", "scherm en cloud", "opslag, scherm en cloud": the kiosk's parts in this language. */
    public String parts(List<Part> parts) {
        var names = parts.stream()
                .map(p -> get("status.part." + p.key()).toLowerCase(locale.get()))
                .toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return get("format.listAnd", String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
    }

    /**
     * The text for {@code key}, a {@link MessageFormat} pattern, with {@code args} in it: {0}, {1},
     * ... and {@code {0,choice,0#geen meldingen|1#1 melding|1<{0} meldingen}} for a count.
     */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text '" + key + "' for " + locale.get(), e);
        }
        return new MessageFormat(text, locale.get()).format(args);
    }

    /** A binding that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** "17:45" in the venue's zone. */
    public String time(Instant instant) {
        return time.format(instant.atZone(zone));
    }

    /** "22:00": a wall time. */
    public String time(LocalTime wallTime) {
        return time.format(wallTime);
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

    /** Countdowns and ages with this language's units: "2 u 14 min" / "2 h 14 min". */
    public DurationText durations() {
        return durations;
    }

    /** "za 29 nov 17:45". */
    public String dayAndTime(Instant instant) {
        return day(instant) + " " + time(instant);
    }
}
