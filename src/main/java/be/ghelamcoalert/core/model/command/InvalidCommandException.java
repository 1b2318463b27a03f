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
    private final List<MessageArgument> args;

    /** @param args the refusal's arguments, typed by {@link MessageArgument#of} */
    public InvalidCommandException(String field, Refusal refusal, Object... args) {
        this(field, refusal, MessageArgument.all(args));
    }

    private InvalidCommandException(String field, Refusal refusal, List<MessageArgument> args) {
        super(field + ": " + refusal.english(field, args));
        this.field = Objects.requireNonNull(field, "field");
        this.refusal = refusal;
        this.args = args;
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

    /** The refusal's own arguments (not the field). */
    public List<MessageArgument> args() {
        return args;
    }

    /** The English reason without the field, e.g. "must not be empty". */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
