package be.ghelamcoalert.core.model.command;

import java.util.List;

/**
 * A command that failed while it was carried out, for a reason with a {@link Failure} code: the
 * job is reported FAILED with the English wording, and the screen words the code in its language.
 */
public class CommandFailedException extends RuntimeException {
    private final Failure failure;
    private final List<MessageArgument> args;

    /** @param args the failure's arguments, typed by {@link MessageArgument#of} */
    public CommandFailedException(Failure failure, Object... args) {
        this(failure, null, args);
    }

    public CommandFailedException(Failure failure, Throwable cause, Object... args) {
        this(failure, cause, MessageArgument.all(args));
    }

    private CommandFailedException(Failure failure, Throwable cause, List<MessageArgument> args) {
        super(failure.english(args), cause);
        this.failure = failure;
        this.args = args;
    }

    public Failure failure() {
        return failure;
    }

    /** The failure as a code and its arguments, kept so that a screen can word it later. */
    public ReasonCode reasonCode() {
        return new ReasonCode(ReasonCode.Family.FAILURE, failure.name(), "", args);
    }
}
