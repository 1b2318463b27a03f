package be.ghelamcoalert.core.model.command;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a command did, why it was refused or how it failed, or what a lobby notice says, kept as a
 * code and its arguments so that a screen can word it in its own language long afterwards
 * ({@code outcome.<CODE>}, {@code refusal.<CODE>}, {@code failure.<CODE>} or
 * {@code notice.<CODE>} in its resource bundles). The English wording is made once, when it
 * happens, for logs, the audit log and the cloud.
 *
 * <p>Arguments are typed ({@link MessageArgument}): what a screen formats in its language (dates,
 * times, kickoffs, alert kinds, languages), counts that pick a plural, or text; so a stored reason
 * reads back equal.
 *
 * @param field the command's field a refusal is about ("" when none); a screen names it in its language
 */
public record ReasonCode(Family family, String code, String field, List<MessageArgument> args) {
    /** How a job that failed for a reason no code names (a broken disk, a fixture site down) is worded: {0}, the error in English. */
    public static final String UNEXPECTED = "UNEXPECTED";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    /** Which of a screen's texts the code is one of. */
    public enum Family {
        /** A {@code CommandOutcome.Kind}: the command was carried out. */
        OUTCOME,
        /** A {@link Refusal}: the command was not carried out, nothing changed. */
        REFUSAL,
        /** The command failed while being carried out; nothing of it was applied. */
        FAILURE,
        /** A {@link be.ghelamcoalert.core.model.NoticeCode}: a message for the lobby, not a command's. */
        NOTICE
    }

    public ReasonCode {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a reason code is 1 to 60 capitals, digits or '_', was '" + code + "'");
        }
        args = List.copyOf(args);
    }

    /** @param args the code's arguments, typed by {@link MessageArgument#of} */
    public static ReasonCode of(Family family, String code, String field, Object... args) {
        return new ReasonCode(family, code, field, MessageArgument.all(args));
    }

    /** Why the command was refused. */
    public static ReasonCode of(InvalidCommandException refused) {
        return new ReasonCode(Family.REFUSAL, refused.refusal().name(), refused.field(), refused.args());
    }

    /** A failure no code names: {@code englishDetail} is the error as it was raised. */
    public static ReasonCode unexpected(String englishDetail) {
        return new ReasonCode(Family.FAILURE, UNEXPECTED, "", List.of(new MessageArgument.Text(englishDetail)));
    }

    /**
     * A job document's own problem (not JSON, a field the schema refuses): its detail stays the
     * English one the operator can match with the published schema.
     */
    public static ReasonCode invalidDocument(String field, String englishDetail) {
        return new ReasonCode(
                Family.REFUSAL, Refusal.INVALID.name(), field, List.of(new MessageArgument.Text(englishDetail)));
    }

    /** Whether this is a job document's own problem, worded in English only. */
    public boolean isDocumentProblem() {
        return family == Family.REFUSAL && code.equals(Refusal.INVALID.name());
    }
}
