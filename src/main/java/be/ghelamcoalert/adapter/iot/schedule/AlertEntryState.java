package be.ghelamcoalert.adapter.iot.schedule;

import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventOverview;
import java.util.Locale;

/** An alert's state as the schedule shadow names it; a muted event's open alerts read "muted". */
public enum AlertEntryState {
    PLANNED,
    ACTIVE,
    SNOOZED,
    CONFIRMED,
    MUTED,
    EXPIRED,
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertEntryState of(EventOverview.AlertSnapshot snapshot, boolean eventMuted) {
        var state = snapshot.state();
        if (eventMuted
                && (state == AlertState.SCHEDULED || state == AlertState.ACTIVE || state == AlertState.SNOOZED)) {
            return MUTED;
        }
        return switch (state) {
            case SCHEDULED -> PLANNED;
            case ACTIVE -> ACTIVE;
            case SNOOZED -> SNOOZED;
            case CONFIRMED -> CONFIRMED;
            case EXPIRED -> EXPIRED;
            case CANCELLED -> CANCELLED;
        };
    }
}
