package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the car-park deadline follows from an event's start.
 *
 * @param zone                     the venue's zone, Europe/Brussels
 * @param defaultLead              the lead before kickoff, 3 hours by default
 * @param leadByKind               overrides per event kind
 * @param assumedKickoffWhenUnknown the stated assumption for a TBC time (the earliest usual
 *                                 kickoff, 12:30 by default): plans built on it are provisional
 */
public record DeadlinePolicy(
        ZoneId zone, Duration defaultLead, Map<EventKind, Duration> leadByKind, LocalTime assumedKickoffWhenUnknown) {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public DeadlinePolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(defaultLead, "defaultLead");
        Objects.requireNonNull(assumedKickoffWhenUnknown, "assumedKickoffWhenUnknown");
        leadByKind = leadByKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(leadByKind));
        requireSensibleLead(defaultLead, "default lead");
        leadByKind.forEach((kind, lead) -> requireSensibleLead(lead, "lead for " + kind));
    }

    public static DeadlinePolicy standard() {
        return new DeadlinePolicy(BRUSSELS, Duration.ofHours(3), Map.of(), LocalTime.of(12, 30));
    }

    public Duration leadFor(EventKind kind) {
        return leadByKind.getOrDefault(kind, defaultLead);
    }

    /** The deadline is kickoff minus the lead in elapsed time, so it stays right across DST nights. */
    public Deadline deadlineOf(Event event) {
        var kickoff = event.start().atZone(zone, assumedKickoffWhenUnknown);
        var clearBy = kickoff.minus(leadFor(event.kind()));
        return new Deadline(kickoff, clearBy, !event.start().timeKnown());
    }

    private static void requireSensibleLead(Duration lead, String what) {
        if (lead.isNegative() || lead.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 24 hours, was " + lead);
        }
    }
}
