package be.ghelamcoalert.ui.event;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertState;
import java.time.Instant;

/**
 * One alert of the event as the detail screen lists it, in the screen's language.
 *
 * @param editable false once it is confirmed, expired or cancelled: there is nothing left to move
 */
public record AlertItem(
        AlertId id,
        String kind,
        String time,
        String state,
        AlertState stateValue,
        Instant dueAt,
        boolean manual,
        boolean editable) {}
