package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import java.time.Instant;

/** Adds an extra alert to an event. */
public record AddAlert(EventId eventId, AlertId alertId, AlertKind kind, Instant dueAt)
        implements TransactionalCommand {

    public AddAlert {
        Checks.present(eventId, "eventId");
        Checks.present(alertId, "alertId");
        Checks.present(kind, "kind");
        Checks.present(dueAt, "dueAt");
    }

    @Override
    public Operation operation() {
        return Operation.ADD_ALERT;
    }
}
