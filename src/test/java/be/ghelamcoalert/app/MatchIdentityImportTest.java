package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.FixturePage.Row;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two play-off matches against the same club, from a page on a local web server into a real store. */
@IntegrationTest
class MatchIdentityImportTest {
    private static final String JPL = "Jupiler Pro League";

    @TempDir
    Path dir;

    private static Row playOff(String date, String time) {
        return match(date, time, "KAA Gent", "Anderlecht", JPL, "");
    }

    private static Event on(FixtureImportHarness h, String date) {
        return h.events().stream()
                .filter(e -> e.start().date().equals(LocalDate.parse(date)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + date + " in " + h.events()));
    }

    @Test
    void anIdThatAppearsLaterFollowsTheMatchWithItsRetimedAlertWithoutADuplicate() {
        try (var h = new FixtureImportHarness(dir, MutableClock.at("2025-03-01T10:00"), false)) {
            h.server.html(
                    "/club",
                    FixturePage.of(playOff("2025-04-13", "18u30"), playOff("2025-05-18", "18u30"))
                            .table());
            h.importNow();
            var may = on(h, "2025-05-18");
            var light = new AlertId(may.id().value() + "/light");
            var retimed = Instant.parse("2025-05-18T12:00:00Z");
            h.kiosk.commands().execute(new RetimeAlert(light, retimed), Actor.touchScreen());

            h.server.html(
                    "/club",
                    FixturePage.of(
                                    playOff("2025-04-13", "18u30").withId("po-3"),
                                    playOff("2025-05-18", "18u30").withId("po-8"))
                            .table());
            assertThat(h.importNow().changes())
                    .as("the ids are new, the matches are not")
                    .isEmpty();

            h.server.html(
                    "/club",
                    FixturePage.of(
                                    playOff("2025-04-13", "18u30").withId("po-3"),
                                    playOff("2025-06-22", "18u30").withId("po-8"))
                            .table());
            var report = h.importNow();

            assertThat(report.changes()).singleElement().satisfies(c -> {
                assertThat(c.action()).isEqualTo("import-moved");
                assertThat(c.after().id()).isEqualTo(may.id());
            });
            assertThat(h.events()).hasSize(2);
            assertThat(h.kiosk.alerts().find(light).orElseThrow().dueAt())
                    .as("five weeks later, by its id")
                    .isEqualTo(retimed.plus(Duration.ofDays(35)));
        }
    }

    @Test
    void bothMatchesMovedOnOneDayEachKeepItsOwnEventAndNotice() {
        try (var h = new FixtureImportHarness(dir, MutableClock.at("2025-03-01T10:00"), false)) {
            h.server.html(
                    "/club",
                    FixturePage.of(playOff("2025-04-01", "20u45"), playOff("2025-04-15", "20u45"))
                            .table());
            h.importNow();
            var first = on(h, "2025-04-01").id();
            var second = on(h, "2025-04-15").id();

            h.server.html(
                    "/club",
                    FixturePage.of(playOff("2025-04-20", "18u30"), playOff("2025-04-10", "20u45"))
                            .table());
            h.importNow();

            assertThat(on(h, "2025-04-10").id()).isEqualTo(first);
            assertThat(on(h, "2025-04-20").id()).isEqualTo(second);
            assertThat(h.events()).hasSize(2).extracting(Event::status).containsOnly(EventStatus.MOVED);
            assertThat(h.notices())
                    .extracting(n -> n.text())
                    .containsExactlyInAnyOrder(
                            "KAA Gent - Anderlecht: kickoff moved Tue 1 Apr 20:45 → Thu 10 Apr 20:45, clear the car park by 17:45",
                            "KAA Gent - Anderlecht: kickoff moved Tue 15 Apr 20:45 → Sun 20 Apr 18:30, clear the car park by 15:30");
        }
    }
}
