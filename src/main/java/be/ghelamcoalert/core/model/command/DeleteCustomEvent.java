package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;

/** Removes a custom event and its alerts. Imported events cannot be deleted, only muted. */
public record DeleteCustomEvent(EventId id) implements TransactionalCommand {

    public DeleteCustomEvent {
        Checks.present(id, "id");
    }

    @Override
    public Operation operation() {
        return Operation.DELETE_EVENT;
    }
}
