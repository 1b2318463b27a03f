package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.Refusal;

/**
 * An update job the kiosk does not carry out: the job's field and the reason in English, which
 * the job's status carries and the remote-commands screen shows after "Update refused"
 * ({@link Refusal#UPDATE_REFUSED}). Nothing was changed.
 */
final class UpdateRefused {
    private UpdateRefused() {}

    static InvalidCommandException because(String field, String reason) {
        return new InvalidCommandException(field, Refusal.UPDATE_REFUSED, reason);
    }
}
