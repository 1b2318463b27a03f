package be.ghelamcoalert.testing;

import be.ghelamcoalert.core.model.fixtures.Fixture;
import be.ghelamcoalert.core.model.fixtures.FixtureKind;
import be.ghelamcoalert.core.model.fixtures.FixtureState;
import be.ghelamcoalert.core.model.fixtures.OurVenue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Parsed fixtures for the pure core tests. */
public final class Fixtures {
    public static final String SOURCE = "club";
    public static final OurVenue GENT = new OurVenue(
            List.of("KAA Gent", "AA Gent", "Gent"),
            List.of("Ghelamco Arena", "KAA Gent Arena", "Planet Group Arena"),
            List.of("nnb", "tbd", "tbc"));

    private Fixtures() {}

    public static Fixture match(String date, String time, String home, String away, String competition, String venue) {
        return new Fixture(
                SOURCE,
                FixtureKind.MATCH,
                Optional.empty(),
                Optional.empty(),
                Optional.of(home),
                Optional.of(away),
                Optional.of(competition),
                Optional.of(venue),
                Optional.of(LocalDate.parse(date)),
                time.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(time)),
                FixtureState.SCHEDULED);
    }

    public static Fixture home(String date, String time, String away) {
        return match(date, time, "KAA Gent", away, "Jupiler Pro League", "");
    }

    public static Fixture withState(Fixture f, FixtureState state) {
        return new Fixture(
                f.source(),
                f.kind(),
                f.sourceId(),
                f.title(),
                f.home(),
                f.away(),
                f.competition(),
                f.venue(),
                state == FixtureState.POSTPONED ? Optional.empty() : f.date(),
                state == FixtureState.POSTPONED ? Optional.empty() : f.time(),
                state);
    }

    public static Fixture withId(Fixture f, String id) {
        return new Fixture(
                f.source(),
                f.kind(),
                Optional.of(id),
                f.title(),
                f.home(),
                f.away(),
                f.competition(),
                f.venue(),
                f.date(),
                f.time(),
                f.state());
    }

    public static Fixture fromSource(Fixture f, String source) {
        return new Fixture(
                source,
                f.kind(),
                f.sourceId(),
                f.title(),
                f.home(),
                f.away(),
                f.competition(),
                f.venue(),
                f.date(),
                f.time(),
                f.state());
    }

    public static Fixture venueEvent(String uid, String title, String date, String time) {
        return new Fixture(
                "arena",
                FixtureKind.VENUE_EVENT,
                Optional.of(uid),
                Optional.of(title),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(LocalDate.parse(date)),
                time.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(time)),
                FixtureState.SCHEDULED);
    }
}
