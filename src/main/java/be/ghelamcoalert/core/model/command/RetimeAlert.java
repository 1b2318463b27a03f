package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.AlertId;
import java.time.Instant;

/** Moves one alert to a new instant; it then keeps its distance to the deadline. */
public record RetimeAlert(AlertId alertId, Instant dueAt) implements TransactionalCommand {

    public RetimeAlert {
        Checks.present(alertId, "alertId");
        Checks.present(dueAt, "dueAt");
    }

    @Override
    public Operation operation() {
        return Operation.RETIME_ALERT;
    }
}
