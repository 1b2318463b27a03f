package be.ghelamcoalert.testing;

import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Test data builders, in one place. */
public final class TestEvents {
    public static final java.time.ZoneId BRUSSELS = DeadlinePolicy.BRUSSELS;

    private TestEvents() {}

    public static ZonedDateTime brussels(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BRUSSELS);
    }

    public static Event homeMatch(String id, LocalDate date, LocalTime time) {
        return homeMatch(id, EventStart.at(date, time));
    }

    public static Event homeMatch(String id, EventStart start) {
        return new Event(
                new EventId(id),
                "KAA Gent - " + id,
                EventKind.HOME_MATCH,
                Optional.of("Jupiler Pro League"),
                Optional.of(id),
                "Planet Group Arena",
                start,
                Optional.empty(),
                EventStatus.SCHEDULED,
                "test",
                false);
    }

    public static Event homeMatchAt(String id, ZonedDateTime kickoff) {
        var local = kickoff.withZoneSameInstant(BRUSSELS);
        return homeMatch(id, local.toLocalDate(), local.toLocalTime());
    }
}
