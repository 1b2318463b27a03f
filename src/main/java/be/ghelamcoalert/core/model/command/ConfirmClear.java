package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;

/** "The car park is clear": confirms every alert of the event. */
public record ConfirmClear(EventId eventId) implements TransactionalCommand {

    public ConfirmClear {
        Checks.present(eventId, "eventId");
    }

    @Override
    public Operation operation() {
        return Operation.CONFIRM;
    }
}
