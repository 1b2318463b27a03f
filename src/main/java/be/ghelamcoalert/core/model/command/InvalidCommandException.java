package be.ghelamcoalert.core.model.command;

import java.util.List;
import java.util.Objects;

/**
 * A command that cannot be carried out as asked. Names the field and says what is wrong: as a
 * {@link Refusal} code with its arguments, which the screen puts into the reader's language, and
 * in English ({@link #getMessage()}, {@link #reason()}) for logs and job statuses. Nothing changed.
 */
public class InvalidCommandException extends RuntimeException {
    private final String field;
    private final Refusal refusal;
    private final List<Object> args;

    public InvalidCommandException(String field, Refusal refusal, Object... args) {
        super(field + ": " + Wording.english(refusal.englishTemplate(), List.of(args)));
        this.field = Objects.requireNonNull(field, "field");
        this.refusal = refusal;
        this.args = List.of(args);
    }

    /**
     * A problem of a job document that only a remote job can have (a malformed date, an unknown
     * field): {@link Refusal#INVALID} with the English detail. The core always names a code.
     */
    public InvalidCommandException(String field, String reason) {
        this(field, Refusal.INVALID, reason);
    }

    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The refusal's arguments: texts, numbers, enums and {@code java.time} values. */
    public List<Object> args() {
        return args;
    }

    /** The English reason without the field, e.g. "must not be empty". */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
