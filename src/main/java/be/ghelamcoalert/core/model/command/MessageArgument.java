package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseVersion;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One argument of an outcome, a refusal, a failure or a notice, typed as what a screen words in
 * its own language: a text, a count (which picks the plural), a day, a time, a kickoff, an alert
 * kind, a language, a release's version or the kiosk's parts. The store keeps it with its type
 * and reads it back equal.
 */
public sealed interface MessageArgument {

    /** The argument as the English wording writes it, e.g. "warning", "2026-11-28 17:45". */
    String english();

    /** Free text in the language it was written in: a title, an import's summary, an English detail. */
    record Text(String value) implements MessageArgument {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return value;
        }
    }

    /** How many of something: a text's plural form follows it. */
    record Count(long value) implements MessageArgument {
        @Override
        public String english() {
            return Long.toString(value);
        }
    }

    record Day(LocalDate value) implements MessageArgument {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return value.toString();
        }
    }

    record TimeOfDay(LocalTime value) implements MessageArgument {
        public TimeOfDay {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return value.toString();
        }
    }

    record DayAndTime(LocalDateTime value) implements MessageArgument {
        public DayAndTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return value.toString().replace('T', ' ');
        }
    }

    /** An event's start; its time may be to be confirmed. */
    record Kickoff(EventStart value) implements MessageArgument {
        public Kickoff {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return value.date() + value.time().map(t -> " " + t).orElse(" (time TBC)");
        }
    }

    record KindOfAlert(AlertKind value) implements MessageArgument {
        public KindOfAlert {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return lowerCase(value);
        }
    }

    record LanguageName(Language value) implements MessageArgument {
        public LanguageName {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return lowerCase(value);
        }
    }

    /** A release of the application: an update job's screen line finds its version by this type. */
    record Release(ReleaseVersion value) implements MessageArgument {
        public Release {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String english() {
            return value.text();
        }
    }

    /** Parts of the kiosk, e.g. those that did not come up on a release's trial; the screen names them in its language. */
    record Parts(List<Part> value) implements MessageArgument {
        public Parts {
            value = List.copyOf(value);
        }

        @Override
        public String english() {
            return String.join(", ", value.stream().map(Part::key).toList());
        }
    }

    /**
     * The argument a command, an outcome or a notice passes, typed: whole numbers are counts;
     * anything a screen has no format for (an event or alert id, another enum) becomes the text the
     * English wording gives it.
     */
    static MessageArgument of(Object value) {
        return switch (Objects.requireNonNull(value, "a message argument")) {
            case MessageArgument typed -> typed;
            case String text -> new Text(text);
            case Long number -> new Count(number);
            case Integer number -> new Count(number);
            case Short number -> new Count(number);
            case Byte number -> new Count(number);
            case LocalDate date -> new Day(date);
            case LocalTime time -> new TimeOfDay(time);
            case LocalDateTime dateTime -> new DayAndTime(dateTime);
            case EventStart kickoff -> new Kickoff(kickoff);
            case AlertKind kind -> new KindOfAlert(kind);
            case Language language -> new LanguageName(language);
            case ReleaseVersion version -> new Release(version);
            case Enum<?> other -> new Text(lowerCase(other));
            default -> new Text(String.valueOf(value));
        };
    }

    /** Each of {@code values} typed by {@link #of}, in order. */
    static List<MessageArgument> all(Object... values) {
        return Stream.of(values).map(MessageArgument::of).toList();
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
