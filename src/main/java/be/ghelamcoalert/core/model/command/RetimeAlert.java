package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.AlertId;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves one alert to a new instant; it then keeps its distance to the deadline.
 *
 * @param reason why, shown to the lobby as a notice when the alert moves past the car-park
 *               deadline (which can silence a match); a remote job must give one then
 */
public record RetimeAlert(AlertId alertId, Instant dueAt, Optional<String> reason) implements TransactionalCommand {

    public RetimeAlert {
        Checks.present(alertId, "alertId");
        Checks.present(dueAt, "dueAt");
        reason = Checks.reason(reason);
    }

    /** Without a reason: the touch screen, or a remote job that keeps the alert before the deadline. */
    public RetimeAlert(AlertId alertId, Instant dueAt) {
        this(alertId, dueAt, Optional.empty());
    }

    @Override
    public Operation operation() {
        return Operation.RETIME_ALERT;
    }
}
