package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Wording;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A notice for the lobby as a {@link NoticeCode} and its typed arguments (texts, kickoffs, dates and
 * times: {@link MessageArgument}), which the screen words in its language, and
 * {@link #english()}, the same in English for the stored text, logs and the cloud.
 */
public record NoticeMessage(NoticeCode code, List<MessageArgument> args) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public NoticeMessage {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** @param args the code's arguments, typed by {@link MessageArgument#of} */
    public static NoticeMessage of(NoticeCode code, Object... args) {
        return new NoticeMessage(code, MessageArgument.all(args));
    }

    /** The code and its arguments as they are stored and worded on screen ({@code notice.<CODE>}). */
    public ReasonCode reasonCode() {
        return reasonCode(code, args);
    }

    /** One line in English, e.g. "KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30". */
    public String english() {
        return Wording.english(
                code.englishTemplate(),
                args.stream().map(NoticeMessage::english).toList());
    }

    /** "Sat 28 Nov 20:45", "Sun 29 Nov (time TBC)". */
    private static String english(EventStart kickoff) {
        return DAY.format(kickoff.date()) + " "
                + kickoff.time().map(TIME::format).orElse("(time TBC)");
    }

    /** Days and times as the English notice reads them: "Sat 28 Nov 20:45". */
    private static MessageArgument english(MessageArgument arg) {
        return switch (arg) {
            case MessageArgument.Kickoff kickoff -> new MessageArgument.Text(english(kickoff.value()));
            case MessageArgument.DayAndTime dateTime ->
                new MessageArgument.Text(DAY.format(dateTime.value()) + " " + TIME.format(dateTime.value()));
            case MessageArgument.Day date -> new MessageArgument.Text(DAY.format(date.value()));
            case MessageArgument.TimeOfDay time -> new MessageArgument.Text(TIME.format(time.value()));
            default -> arg;
        };
    }

    private static ReasonCode reasonCode(NoticeCode code, List<MessageArgument> args) {
        return new ReasonCode(ReasonCode.Family.NOTICE, code.name(), "", args);
    }
}
