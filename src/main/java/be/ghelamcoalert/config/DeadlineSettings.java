package be.ghelamcoalert.config;

import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.EventKind;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * When the car park must be empty.
 *
 * @param zone                       the venue's time zone
 * @param defaultLead                how long before kickoff (ISO-8601, e.g. PT3H)
 * @param leadByKind                 per event kind (HOME_MATCH, OTHER_MATCH, STADIUM_EVENT, CUSTOM)
 * @param assumedKickoffWhenUnknown  the kickoff assumed while a time is TBC
 */
public record DeadlineSettings(
        ZoneId zone, Duration defaultLead, Map<EventKind, Duration> leadByKind, LocalTime assumedKickoffWhenUnknown) {

    public DeadlineSettings {
        zone = zone == null ? ZoneId.of("Europe/Brussels") : zone;
        defaultLead = defaultLead == null ? Duration.ofHours(3) : defaultLead;
        leadByKind = leadByKind == null ? Map.of() : Map.copyOf(leadByKind);
        assumedKickoffWhenUnknown =
                assumedKickoffWhenUnknown == null ? LocalTime.of(12, 30) : assumedKickoffWhenUnknown;
        new DeadlinePolicy(zone, defaultLead, leadByKind, assumedKickoffWhenUnknown);
    }

    public DeadlinePolicy policy() {
        return new DeadlinePolicy(zone, defaultLead, leadByKind, assumedKickoffWhenUnknown);
    }

    public static DeadlineSettings defaults() {
        return new DeadlineSettings(null, null, null, null);
    }
}
