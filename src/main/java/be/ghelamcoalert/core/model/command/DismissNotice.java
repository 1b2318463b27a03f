package be.ghelamcoalert.core.model.command;

/** Someone has seen a notice such as "kickoff moved": it leaves the screen. */
public record DismissNotice(long noticeId) implements TransactionalCommand {

    @Override
    public Operation operation() {
        return Operation.DISMISS_NOTICE;
    }
}
