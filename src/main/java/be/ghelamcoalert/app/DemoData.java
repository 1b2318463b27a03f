package be.ghelamcoalert.app;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.command.Operation;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.Transactor;
import be.ghelamcoalert.core.service.EventPlanning;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The demo's events, placed relative to now so that a newcomer sees the kiosk work at once: the
 * first match's light comes on within the first minute, another match has its time still TBC, and
 * there is one custom event.
 */
public final class DemoData {
    static final String SOURCE = "demo";
    private static final String VENUE = "Planet Group Arena";
    /** How long after start-up the first match's light stage begins. */
    static final Duration FIRST_LIGHT_AFTER = Duration.ofSeconds(40);

    private DemoData() {}

    public static List<Event> events(Clock clock, DeadlinePolicy deadlines) {
        var zone = deadlines.zone();
        var now = clock.instant().atZone(zone).truncatedTo(ChronoUnit.SECONDS);
        var lead = deadlines.leadFor(EventKind.HOME_MATCH);
        var firstKickoff = now.plus(FIRST_LIGHT_AFTER).plus(lead).plusMinutes(60);
        var today = now.toLocalDate();
        return List.of(
                match(
                        "demo-anderlecht",
                        "KAA Gent - RSC Anderlecht",
                        "Jupiler Pro League",
                        "RSC Anderlecht",
                        new EventStart(firstKickoff.toLocalDate(), Optional.of(firstKickoff.toLocalTime()))),
                match(
                        "demo-club-brugge",
                        "KAA Gent - Club Brugge",
                        "Jupiler Pro League",
                        "Club Brugge",
                        EventStart.at(today.plusDays(2), LocalTime.of(20, 45))),
                match(
                        "demo-standard",
                        "KAA Gent - Standard Luik",
                        "Jupiler Pro League",
                        "Standard Luik",
                        EventStart.timeToBeConfirmed(today.plusDays(9))),
                match(
                        "demo-partizan",
                        "KAA Gent - Partizan Belgrado",
                        "UEFA Conference League",
                        "Partizan Belgrado",
                        EventStart.at(today.plusDays(16), LocalTime.of(18, 0))),
                new Event(
                        new EventId("demo-concert"),
                        "Zomerconcert op het veld",
                        EventKind.CUSTOM,
                        Optional.empty(),
                        Optional.empty(),
                        VENUE,
                        EventStart.at(today.plusDays(5), LocalTime.of(19, 30)),
                        Optional.of(LocalTime.of(23, 0)),
                        EventStatus.SCHEDULED,
                        "custom",
                        false));
    }

    /** Replaces whatever the demo database holds with fresh demo events. */
    public static void seed(Transactor tx, EventPlanning planning, Clock clock, EventRepository events) {
        tx.run(() -> {
            events.all().forEach(e -> events.delete(e.id()));
            for (var event : events(clock, planning.planner().deadlines())) {
                planning.store(event, Actor.system("demo"), Operation.CREATE_EVENT.wireName(), "demo data");
            }
        });
    }

    private static Event match(String id, String title, String competition, String opponent, EventStart start) {
        return new Event(
                new EventId(id),
                title,
                EventKind.HOME_MATCH,
                Optional.of(competition),
                Optional.of(opponent),
                VENUE,
                start,
                Optional.empty(),
                EventStatus.SCHEDULED,
                SOURCE,
                false);
    }
}
