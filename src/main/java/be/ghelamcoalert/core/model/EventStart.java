package be.ghelamcoalert.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event starts, in the local time of the venue. The time may be unknown ("TBC"): the
 * Pro League publishes kickoff times months after the dates. An unknown time is never midnight.
 */
public record EventStart(LocalDate date, Optional<LocalTime> time) {

    public EventStart {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    public static EventStart at(LocalDate date, LocalTime time) {
        return new EventStart(date, Optional.of(time));
    }

    public static EventStart timeToBeConfirmed(LocalDate date) {
        return new EventStart(date, Optional.empty());
    }

    public boolean timeKnown() {
        return time.isPresent();
    }

    /**
     * The start as an instant in the venue's zone. A wall time in the spring-forward gap moves
     * forward by the gap's length; one in the autumn overlap takes the earlier (summer) offset.
     */
    public ZonedDateTime atZone(ZoneId zone, LocalTime assumedWhenUnknown) {
        return ZonedDateTime.of(date, time.orElse(assumedWhenUnknown), zone);
    }

    @Override
    public String toString() {
        return date + " " + time.map(LocalTime::toString).orElse("TBC");
    }
}
