package be.ghelamcoalert.adapter.iot.alarms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One alarm transition for the people outside the lobby, with its text in Dutch and English:
 * "Parking moet leeg om 17:45 — KAA Gent - Club Brugge (Lobby kiosk)".
 *
 * @param at    when the kiosk saw it
 * @param until for a snooze, when it ends
 */
public record AlarmNotice(
        Transition transition,
        String eventId,
        String title,
        OffsetDateTime deadline,
        Instant at,
        Optional<OffsetDateTime> until,
        String kioskName) {

    /** What happened. */
    public enum Transition {
        /** The light came on: the car park must be emptied now. */
        LIGHT_ON,
        /** The deadline passed and nobody confirmed the car park is clear; repeated until someone does. */
        OVERDUE,
        /** Someone confirmed the car park is clear. */
        CONFIRMED,
        /** Someone silenced the light for a while. */
        SNOOZED
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String dutch() {
        var deadlineTime = TIME.format(deadline);
        var what = switch (transition) {
            case LIGHT_ON -> "Parking moet leeg om " + deadlineTime;
            case OVERDUE -> "TE LAAT: parking moest leeg zijn om " + deadlineTime;
            case CONFIRMED -> "Parking leeg bevestigd om " + local(at);
            case SNOOZED ->
                "Licht gesnoozed tot " + until.map(TIME::format).orElse("?") + ", parking leeg om " + deadlineTime;
        };
        return what + " — " + title + " (" + kioskName + ")";
    }

    public String english() {
        var deadlineTime = TIME.format(deadline);
        var what = switch (transition) {
            case LIGHT_ON -> "Car park must be clear by " + deadlineTime;
            case OVERDUE -> "OVERDUE: car park should have been clear by " + deadlineTime;
            case CONFIRMED -> "Car park confirmed clear at " + local(at);
            case SNOOZED ->
                "Light snoozed until " + until.map(TIME::format).orElse("?") + ", car park clear by " + deadlineTime;
        };
        return what + " — " + title + " (" + kioskName + ")";
    }

    private String local(Instant instant) {
        return TIME.format(instant.atOffset(deadline.getOffset()));
    }
}
