package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of FIXTURE-CASES.md, end to end: a page on a local web server, a real import into a
 * real H2 file, the alerts, notices and audit log that follow.
 */
@IntegrationTest
class FixtureCasesTest {
    private static final String JPL = "Jupiler Pro League";
    private static final String ARENA = "Planet Group Arena";

    @TempDir
    Path dir;

    private FixtureImportHarness kiosk(String brusselsNow) {
        return new FixtureImportHarness(dir, MutableClock.at(brusselsNow), true);
    }

    private static void serveCalendar(FixtureImportHarness h, String... vevents) {
        var ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Arena//NL\r\n");
        for (var vevent : vevents) {
            ics.append(vevent);
        }
        h.server.serve(
                "/arena.ics",
                200,
                "text/calendar",
                ics.append("END:VCALENDAR\r\n").toString(),
                Duration.ZERO);
    }

    private static String vevent(String uid, String start, String summary) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20200101T000000Z\r\nDTSTART;TZID=Europe/Brussels:" + start
                + "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
    }

    private static List<AuditEntry> byImport(FixtureImportHarness h, String action) {
        return h.audit().stream()
                .filter(a -> a.action().equals(action) && a.actor().kind() == Actor.Kind.IMPORT)
                .toList();
    }

    @Test
    void partizanMovedFromThursdayToWednesdayWithANoticeAndFreshAlerts() {
        try (var h = kiosk("2024-08-01T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(match(
                                    "do 29 aug.",
                                    "20u45",
                                    "KAA Gent",
                                    "Partizan Belgrado",
                                    "UEFA Conference League",
                                    ARENA))
                            .table());
            h.importNow();
            var planned = h.event("Partizan");
            assertThat(planned.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(h.alerts(planned)).hasSize(3);
            h.kiosk.commands().execute(new ConfirmClear(planned.id()), Actor.touchScreen());
            assertThat(h.alerts(planned))
                    .allSatisfy(a -> assertThat(a.confirmedAt()).isPresent());

            h.server.html(
                    "/club",
                    FixturePage.of(match(
                                    "wo 28 aug.",
                                    "18u00",
                                    "KAA Gent",
                                    "Partizan Belgrado",
                                    "UEFA Conference League",
                                    ARENA))
                            .table());
            h.importNow();

            var moved = h.event("Partizan");
            assertThat(moved.id()).isEqualTo(planned.id());
            assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
            assertThat(moved.start().time()).contains(LocalTime.of(18, 0));
            var deadline = Instant.parse("2024-08-28T13:00:00Z"); // 15:00 in Brussels, 3 hours before 18:00
            assertThat(h.alerts(moved)).allSatisfy(a -> {
                assertThat(a.clearBy()).isEqualTo(deadline);
                assertThat(a.confirmedAt())
                        .as("a confirmation for the old time no longer holds")
                        .isEmpty();
            });
            assertThat(h.notices()).singleElement().satisfies(n -> {
                assertThat(n.text())
                        .isEqualTo("KAA Gent - Partizan Belgrado: kickoff moved Thu 29 Aug 20:45 → Wed 28 Aug 18:00, "
                                + "clear the car park by 15:00");
                assertThat(n.eventId()).contains(moved.id());
                assertThat(n.code())
                        .as("worded by the screen in its language")
                        .contains(ReasonCode.of(
                                ReasonCode.Family.NOTICE,
                                "KICKOFF_MOVED",
                                "",
                                "KAA Gent - Partizan Belgrado",
                                EventStart.at(LocalDate.of(2024, 8, 29), LocalTime.of(20, 45)),
                                EventStart.at(LocalDate.of(2024, 8, 28), LocalTime.of(18, 0)),
                                LocalTime.of(15, 0)));
            });
            assertThat(byImport(h, "import-moved"))
                    .singleElement()
                    .satisfies(a -> assertThat(a.actor()).isEqualTo(Actor.fixtureImport("club")));
        }
    }

    @Test
    void maccabiHaifaMovedToWednesdayBehindClosedDoorsStillClearsTheCarPark() {
        try (var h = kiosk("2024-02-01T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(match(
                                    "donderdag 22 februari",
                                    "21:00",
                                    "KAA Gent",
                                    "Maccabi Haifa",
                                    "UEFA Conference League",
                                    ARENA))
                            .table());
            h.importNow();
            h.server.html(
                    "/club",
                    FixturePage.of(match(
                                            "woensdag 21 februari",
                                            "18:00",
                                            "KAA Gent",
                                            "Maccabi Haifa",
                                            "UEFA Conference League",
                                            ARENA)
                                    .withStatus("zonder publiek"))
                            .table());
            h.importNow();

            var moved = h.event("Maccabi");
            assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
            assertThat(h.alerts(moved))
                    .allSatisfy(a -> assertThat(a.stateAt(h.clock.instant())).isEqualTo(AlertState.SCHEDULED));
            assertThat(h.notices())
                    .singleElement()
                    .extracting(n -> n.text())
                    .asString()
                    .contains("Thu 22 Feb 21:00 → Wed 21 Feb 18:00");
        }
    }

    @Test
    void kickoffMovedLateInTheWeekBefore17March2024() {
        try (var h = kiosk("2024-03-11T09:00")) {
            serveCalendar(h);
            var before = FixturePage.of(
                    match("zo 17 mrt.", "13u30", "KAA Gent", "KV Mechelen", JPL, ARENA),
                    match("zo 17 mrt.", "16u00", "Club Brugge", "Anderlecht", JPL, "Jan Breydelstadion"),
                    match("zo 17 mrt.", "18u30", "Genk", "Antwerp", JPL, "Cegeka Arena"),
                    match("za 16 mrt.", "20u45", "Westerlo", "Standard", JPL, "Het Kuipje"));
            h.server.html("/club", before.table());
            h.importNow();
            h.clock.advance(Duration.ofDays(3));
            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match("zo 17 mrt.", "18u30", "KAA Gent", "KV Mechelen", JPL, ARENA),
                                    match(
                                            "zo 17 mrt.",
                                            "13u30",
                                            "Club Brugge",
                                            "Anderlecht",
                                            JPL,
                                            "Jan Breydelstadion"),
                                    match("zo 17 mrt.", "16u00", "Genk", "Antwerp", JPL, "Cegeka Arena"),
                                    match("zo 17 mrt.", "20u00", "Westerlo", "Standard", JPL, "Het Kuipje"))
                            .table());

            var report = h.importNow();

            assertThat(report.changes())
                    .singleElement()
                    .satisfies(c -> assertThat(c.after().title()).isEqualTo("KAA Gent - KV Mechelen"));
            assertThat(h.events()).singleElement();
            assertThat(h.notices())
                    .singleElement()
                    .extracting(n -> n.text())
                    .asString()
                    .isEqualTo(
                            "KAA Gent - KV Mechelen: kickoff moved Sun 17 Mar 13:30 → Sun 17 Mar 18:30, clear the car park by 15:30");
        }
    }

    @Test
    void aTimeThatBecomesKnownReplacesTheProvisionalPlan() {
        try (var h = kiosk("2026-07-10T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(match("za 3 okt.", "nog te bepalen", "KAA Gent", "Club Brugge", JPL, ""))
                            .table());
            h.importNow();
            var tbc = h.event("Club Brugge");
            var provisional = h.kiosk.queries().event(tbc.id()).orElseThrow().deadline();
            assertThat(provisional.provisional()).isTrue();
            assertThat(tbc.start().time())
                    .as("never midnight, never a guessed 20:00")
                    .isEmpty();

            h.server.html(
                    "/club",
                    FixturePage.of(match("za 3 okt.", "20u45", "KAA Gent", "Club Brugge", JPL, ""))
                            .table());
            h.importNow();

            var known = h.kiosk.queries().event(tbc.id()).orElseThrow();
            assertThat(known.deadline().provisional()).isFalse();
            assertThat(known.deadline().clearBy().toLocalTime()).isEqualTo(LocalTime.of(17, 45));
            assertThat(known.event().status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(h.alerts(known.event()))
                    .allSatisfy(a ->
                            assertThat(a.clearBy()).isEqualTo(known.deadline().clearByInstant()));
            assertThat(byImport(h, "import-time-confirmed")).hasSize(1);
        }
    }

    @Test
    void season2026WithTimesForRoundsOneToSevenAndDatesOnlyAfterThat() {
        try (var h = kiosk("2026-07-01T10:00")) {
            serveCalendar(h);
            var firstRound = java.time.LocalDate.of(2026, 7, 25);
            h.server.html("/club", season(firstRound, 7).table());
            h.importNow();

            var deadlines = h.events().stream()
                    .map(e -> h.kiosk.queries().event(e.id()).orElseThrow().deadline())
                    .toList();
            assertThat(deadlines).hasSize(17);
            assertThat(deadlines)
                    .filteredOn(d -> d.provisional())
                    .as("home rounds 8-34: date only")
                    .hasSize(13);
            assertThat(h.events()).filteredOn(e -> e.start().time().isEmpty()).hasSize(13);

            // The batch of early September: times up to round 19.
            h.server.html("/club", season(firstRound, 19).table());
            var report = h.importNow();
            assertThat(report.changes())
                    .hasSize(6)
                    .allSatisfy(c -> assertThat(c.action()).isEqualTo("import-time-confirmed"));
            assertThat(h.events()).filteredOn(e -> e.start().time().isEmpty()).hasSize(7);
        }
    }

    /** 34 rounds a week apart, home in the even ones; times known up to {@code timedRounds}. */
    private static FixturePage season(java.time.LocalDate firstRound, int timedRounds) {
        var page = new FixturePage();
        for (int round = 1; round <= 34; round++) {
            var date = firstRound.plusWeeks(round - 1);
            var time = round <= timedRounds ? "20u45" : "nog te bepalen";
            page.add(
                    round % 2 == 1
                            ? match(date.toString(), time, "KAA Gent", "Opponent " + round, JPL, "")
                            : match(date.toString(), time, "Opponent " + round, "KAA Gent", JPL, ""));
        }
        return page;
    }

    @Test
    void aMatchThatDisappearsIsUnconfirmedNotDeletedAndRestoredWhenBack() {
        try (var h = kiosk("2024-08-01T10:00")) {
            serveCalendar(h);
            var full = FixturePage.of(
                    match("zo 4 aug.", "18u30", "KAA Gent", "Club Brugge", JPL, ""),
                    match("zo 18 aug.", "16u00", "KAA Gent", "Genk", JPL, ""));
            h.server.html("/club", full.table());
            h.importNow();
            h.server.html(
                    "/club",
                    FixturePage.of(match("zo 18 aug.", "16u00", "KAA Gent", "Genk", JPL, ""))
                            .table());
            h.importNow();

            var missing = h.event("Club Brugge");
            assertThat(missing.status()).isEqualTo(EventStatus.UNCONFIRMED);
            assertThat(h.alerts(missing)).hasSize(3).noneMatch(a -> a.cancelled());
            assertThat(byImport(h, "import-unconfirmed"))
                    .singleElement()
                    .satisfies(a -> assertThat(a.detail()).contains("no longer listed by club"));

            h.server.html("/club", full.table());
            h.importNow();
            assertThat(h.event("Club Brugge").status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(byImport(h, "import-restored")).hasSize(1);
        }
    }

    @Test
    void postponedWithoutADateCancelsTheAlertsAndTheNewDateBringsThemBack() {
        try (var h = kiosk("2024-08-01T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match(
                                            "za 24 aug.",
                                            "20u45",
                                            "Cercle Brugge",
                                            "KAA Gent",
                                            JPL,
                                            "Jan Breydelstadion"),
                                    match("za 31 aug.", "20u45", "KAA Gent", "OH Leuven", JPL, ARENA))
                            .table());
            h.importNow();
            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match("uitgesteld", "", "Cercle Brugge", "KAA Gent", JPL, "Jan Breydelstadion"),
                                    match("za 31 aug.", "", "KAA Gent", "OH Leuven", JPL, ARENA)
                                            .withStatus("Uitgesteld - nieuwe datum op 3 september"))
                            .table());
            h.importNow();

            var postponed = h.event("OH Leuven");
            assertThat(postponed.status()).isEqualTo(EventStatus.POSTPONED);
            assertThat(h.alerts(postponed))
                    .allSatisfy(a -> assertThat(a.stateAt(h.clock.instant())).isEqualTo(AlertState.CANCELLED));
            assertThat(h.events())
                    .extracting(Event::title)
                    .as("the away match never raises anything")
                    .containsExactly("KAA Gent - OH Leuven");

            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match(
                                            "do 26 sep.",
                                            "20u45",
                                            "Cercle Brugge",
                                            "KAA Gent",
                                            JPL,
                                            "Jan Breydelstadion"),
                                    match("do 26 sep.", "18u00", "KAA Gent", "OH Leuven", JPL, ARENA))
                            .table());
            h.importNow();
            var played = h.event("OH Leuven");
            assertThat(played.status()).isEqualTo(EventStatus.MOVED);
            assertThat(h.alerts(played)).hasSize(3).noneMatch(a -> a.cancelled());
        }
    }

    @Test
    void cupFinalsInBrusselsRaiseNothingButTheBigScreenInTheStadiumDoes() {
        try (var h = kiosk("2022-04-01T10:00")) {
            serveCalendar(h, vevent("bekerfinale-scherm-2022@arena", "20220418T150000", "Bekerfinale op groot scherm"));
            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match(
                                            "maandag 18 april",
                                            "15:00",
                                            "KAA Gent",
                                            "RSC Anderlecht",
                                            "Croky Cup - finale",
                                            "Koning Boudewijnstadion, Brussel"),
                                    match("zo 24 apr.", "18:30", "KAA Gent", "Union SG", "Champions' Play-offs", ARENA))
                            .table());

            h.importNow();

            assertThat(h.events())
                    .extracting(Event::title, Event::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Bekerfinale op groot scherm", EventKind.STADIUM_EVENT),
                            org.assertj.core.groups.Tuple.tuple("KAA Gent - Union SG", EventKind.HOME_MATCH));
        }
    }

    @Test
    void theCancelledAjaxFriendlyIsReplacedByAnotherOpponentOnTheSameDate() {
        try (var h = kiosk("2022-06-20T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(match("za 9 jul.", "19u00", "KAA Gent", "Ajax", "Oefenwedstrijd", ""))
                            .table());
            h.importNow();
            h.server.html(
                    "/club",
                    FixturePage.of(match("za 9 jul.", "19u00", "KAA Gent", "Lille OSC", "Oefenwedstrijd", ""))
                            .table());
            h.importNow();

            assertThat(h.event("Ajax").status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(h.event("Lille").status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(h.notices()).singleElement().satisfies(n -> {
                assertThat(n.text()).contains("replaced by KAA Gent - Lille OSC");
                assertThat(n.code())
                        .contains(NoticeMessage.of(NoticeCode.REPLACED, "KAA Gent - Ajax", "KAA Gent - Lille OSC")
                                .reasonCode());
            });
        }
    }

    @Test
    void aBarrageAtTheGroundOfWhoeverFinishedFifth() {
        try (var h = kiosk("2024-05-01T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(match("zo 2 jun.", "13u30", "nnb", "nnb", "Barrage", "nnb")
                                    .withId("barrage-2024"))
                            .table());
            h.importNow();
            assertThat(h.events()).isEmpty();

            h.server.html(
                    "/club",
                    FixturePage.of(match("zo 2 jun.", "13u30", "KAA Gent", "Westerlo", "Barrage", ARENA)
                                    .withId("barrage-2024"))
                            .table());
            h.importNow();
            assertThat(h.event("Westerlo").kind()).isEqualTo(EventKind.HOME_MATCH);
        }
    }

    @Test
    void otherUsersOfTheStadiumRaiseAlertsToo() {
        try (var h = kiosk("2025-09-01T10:00")) {
            serveCalendar(
                    h,
                    vevent("belgie-noord-macedonie@arena", "20251010T204500", "België - Noord-Macedonië (uitverkocht)"),
                    vevent("seminarie-2025-09-18@arena", "20250918T090000", "Seminarie business lounge"));
            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match(
                                            "za 13 sep.",
                                            "20u00",
                                            "Jong KAA Gent",
                                            "Lommel SK",
                                            "Challenger Pro League",
                                            ARENA),
                                    match(
                                            "za 13 sep.",
                                            "15u00",
                                            "KAA Gent Ladies",
                                            "OH Leuven",
                                            "Super League",
                                            "PGB Stadion Oostakker"),
                                    match("zo 14 sep.", "18u30", "KAA Gent", "Standard", JPL, ""))
                            .table());

            h.importNow();

            assertThat(h.events())
                    .extracting(Event::title, Event::kind)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Jong KAA Gent - Lommel SK", EventKind.OTHER_MATCH),
                            org.assertj.core.groups.Tuple.tuple("KAA Gent - Standard", EventKind.HOME_MATCH),
                            org.assertj.core.groups.Tuple.tuple("Seminarie business lounge", EventKind.STADIUM_EVENT),
                            org.assertj.core.groups.Tuple.tuple(
                                    "België - Noord-Macedonië (uitverkocht)", EventKind.STADIUM_EVENT));
            var national = h.event("Noord-Macedonië");
            assertThat(h.kiosk
                            .queries()
                            .event(national.id())
                            .orElseThrow()
                            .deadline()
                            .clearBy()
                            .toLocalTime())
                    .isEqualTo(LocalTime.of(17, 45));
            assertThat(h.alerts(national)).hasSize(3);
        }
    }

    @Test
    void theSameMatchOnTwoCompetitionPagesIsOneEvent(@TempDir Path other) {
        try (var h = new FixtureImportHarness(
                other,
                MutableClock.at("2024-08-01T10:00"),
                List.of("club:/club", "europe:/europa/partizan-gent-2024"))) {
            h.server.html(
                    "/club",
                    FixturePage.of(match(
                                    "do 29 aug.", "", "KAA Gent", "Partizan Belgrado", "UEFA Conference League", ""))
                            .table());
            h.server.html(
                    "/europa/partizan-gent-2024",
                    FixturePage.of(
                                    match(
                                            "29/08/2024",
                                            "20:45",
                                            "AA Gent",
                                            "Partizan Belgrado",
                                            "UEFA Conference League",
                                            "Planet Group Arena"),
                                    match(
                                            "29/08/2024",
                                            "20:45",
                                            "AA Gent",
                                            "Partizan Belgrado",
                                            "UEFA Conference League",
                                            "Planet Group Arena"))
                            .table());

            h.importNow();

            assertThat(h.events())
                    .singleElement()
                    .satisfies(e -> assertThat(e.start().time()).contains(LocalTime.of(20, 45)));
        }
    }

    @Test
    void kickoffsOnBothSidesOfTheClockChangesKeepTheirThreeHours() {
        try (var h = kiosk("2025-03-01T10:00")) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(
                                    match("za 29 mrt.", "20u45", "KAA Gent", "Anderlecht", JPL, ""),
                                    match("zo 30 mrt.", "14u30", "KAA Gent", "Genk", JPL, ""))
                            .table());
            h.importNow();

            var before = h.kiosk
                    .queries()
                    .event(h.event("Anderlecht").id())
                    .orElseThrow()
                    .deadline();
            var after =
                    h.kiosk.queries().event(h.event("Genk").id()).orElseThrow().deadline();
            assertThat(before.clearByInstant()).isEqualTo(Instant.parse("2025-03-29T16:45:00Z"));
            assertThat(after.clearByInstant()).isEqualTo(Instant.parse("2025-03-30T09:30:00Z"));
            // the day-before notice keeps the wall time of the deadline across the night: 11:30 on Saturday (winter
            // time)
            assertThat(h.alerts(h.event("Genk")))
                    .filteredOn(a -> a.rule().equals(java.util.Optional.of("day-before")))
                    .singleElement()
                    .satisfies(a -> assertThat(a.dueAt()).isEqualTo(Instant.parse("2025-03-29T10:30:00Z")));
        }
        try (var h = new FixtureImportHarness(dir.resolve("autumn"), MutableClock.at("2025-10-01T10:00"), true)) {
            serveCalendar(h);
            h.server.html(
                    "/club",
                    FixturePage.of(match("zo 26 okt.", "18u15", "KAA Gent", "Westerlo", JPL, ""))
                            .table());
            h.importNow();
            var deadline = h.kiosk
                    .queries()
                    .event(h.event("Westerlo").id())
                    .orElseThrow()
                    .deadline();
            assertThat(deadline.clearByInstant()).isEqualTo(Instant.parse("2025-10-26T14:15:00Z"));
        }
    }
}
