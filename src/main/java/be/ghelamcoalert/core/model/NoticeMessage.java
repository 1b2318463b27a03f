package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Wording;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A notice for the lobby as a {@link NoticeCode} and its arguments (texts, kickoffs as
 * {@link EventStart}, dates and times), which the screen words in its language, and
 * {@link #english()}, the same in English for the stored text, logs and the cloud.
 */
public record NoticeMessage(NoticeCode code, List<Object> args) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public NoticeMessage {
        Objects.requireNonNull(code, "code");
        args = reasonCode(code, args).args();
    }

    public static NoticeMessage of(NoticeCode code, Object... args) {
        return new NoticeMessage(code, List.of(args));
    }

    /** The code and its arguments as they are stored and worded on screen ({@code notice.<CODE>}). */
    public ReasonCode reasonCode() {
        return reasonCode(code, args);
    }

    /** One line in English, e.g. "KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30". */
    public String english() {
        return Wording.english(code.englishTemplate(), args.stream().map(NoticeMessage::english).toList());
    }

    /** "Sat 28 Nov 20:45", "Sun 29 Nov (time TBC)". */
    private static String english(EventStart kickoff) {
        return DAY.format(kickoff.date()) + " " + kickoff.time().map(TIME::format).orElse("(time TBC)");
    }

    private static Object english(Object arg) {
        return switch (arg) {
            case EventStart kickoff -> english(kickoff);
            case LocalDateTime dateTime -> DAY.format(dateTime) + " " + TIME.format(dateTime);
            case LocalDate date -> DAY.format(date);
            case LocalTime time -> TIME.format(time);
            default -> arg;
        };
    }

    private static ReasonCode reasonCode(NoticeCode code, List<Object> args) {
        return new ReasonCode(ReasonCode.Family.NOTICE, code.name(), "", args);
    }
}
