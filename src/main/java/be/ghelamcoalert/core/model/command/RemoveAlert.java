package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.AlertId;

/** Removes one alert; a policy alert stays removed until the policy changes. */
public record RemoveAlert(AlertId alertId) implements TransactionalCommand {

    public RemoveAlert {
        Checks.present(alertId, "alertId");
    }

    @Override
    public Operation operation() {
        return Operation.REMOVE_ALERT;
    }
}
