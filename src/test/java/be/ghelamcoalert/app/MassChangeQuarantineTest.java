package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.JdbiFixtureImportStore;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mass changes in one import are not believed: a page that cancels every match, lists ten times
 * as many home matches, or adds hundreds of events is quarantined, and every alarm stays.
 */
@IntegrationTest
class MassChangeQuarantineTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 7, 28);

    @TempDir
    Path dir;

    private FixtureImportHarness h;

    @BeforeEach
    void goodImportOfSeventeenHomeMatches() {
        h = new FixtureImportHarness(dir, MutableClock.at("2024-07-20T10:00"), false);
        h.server.html("/club", season(34, row -> row).table());
        h.importNow();
        assertThat(h.events()).hasSize(17);
        h.clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** {@code rounds} weekly rounds from 28 July 2024, every other one at home. */
    private static FixturePage season(int rounds, UnaryOperator<FixturePage.Row> change) {
        var page = new FixturePage();
        for (int round = 0; round < rounds; round++) {
            page.add(change.apply(row(FIRST.plusWeeks(round), round)));
        }
        return page;
    }

    private static FixturePage.Row row(LocalDate date, int round) {
        var text = date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
        return round % 2 == 0
                ? match(text, "20:45", "KAA Gent", "Opponent " + round, "Jupiler Pro League", "")
                : match(text, "18:30", "Opponent " + round, "KAA Gent", "Jupiler Pro League", "");
    }

    private Map<Event, List<Alert>> everything() {
        return h.events().stream().collect(Collectors.toMap(Function.identity(), h::alerts));
    }

    private void assertQuarantined(String reasonPart) {
        var status = h.kiosk.status().fixtures();
        assertThat(status.health()).isEqualTo(Health.BROKEN);
        assertThat(status.detail()).contains("club: quarantined: ").contains(reasonPart);
        assertThat(new JdbiFixtureImportStore(h.kiosk.database()).rawPages("club"))
                .singleElement()
                .satisfies(page -> assertThat(page.reason()).contains(reasonPart));
    }

    @Test
    void aPageWhereEveryRowSaysAfgelastCancelsNoAlarm() {
        var before = everything();
        h.server.html("/club", season(34, r -> r.withStatus("Afgelast")).table());

        var report = h.importNow();

        assertThat(report.changes()).isEmpty();
        assertThat(everything()).as("every alarm stays").isEqualTo(before);
        assertQuarantined("17 of 17 future events at our venue would turn cancelled or postponed");
    }

    @Test
    void aFewCancelledMatchesAreApplied() {
        var cancelled = List.of("Opponent 0", "Opponent 2");
        h.server.html(
                "/club",
                season(34, r -> cancelled.contains(r.away()) ? r.withStatus("Uitgesteld") : r)
                        .table());

        h.importNow();

        assertThat(h.kiosk.status().fixtures().health()).isEqualTo(Health.OK);
        assertThat(h.events())
                .filteredOn(e -> e.status() == EventStatus.POSTPONED)
                .hasSize(2);
    }

    @Test
    void tenTimesAsManyHomeMatchesAtOnceAreQuarantined() {
        var before = everything();
        var crowded = new FixturePage();
        for (int day = 0; day < 170; day++) {
            crowded.add(match(text(FIRST.plusDays(day)), "20:45", "KAA Gent", "Club " + day, "Jupiler Pro League", ""));
        }
        h.server.html("/club", crowded.table());

        h.importNow();

        assertThat(everything()).isEqualTo(before);
        assertQuarantined("grew from 17 to 170");
    }

    @Test
    void aFirstImportOfMoreThan200EventsIsQuarantinedAnd200AreNot() {
        var rows = IntStream.range(0, 201)
                .mapToObj(day ->
                        match(text(FIRST.plusDays(day)), "20:45", "KAA Gent", "Club " + day, "Jupiler Pro League", ""))
                .toArray(FixturePage.Row[]::new);
        try (var fresh = new FixtureImportHarness(dir.resolve("fresh"), MutableClock.at("2024-07-20T10:00"), false)) {
            fresh.server.html("/club", FixturePage.of(rows).table());

            fresh.importNow();

            assertThat(fresh.events()).isEmpty();
            assertThat(fresh.kiosk.status().fixtures().detail())
                    .contains("201 new events in one import (more than 200)");

            fresh.server.html("/club", FixturePage.of(Arrays.copyOf(rows, 200)).table());
            fresh.importNow();
            assertThat(fresh.events()).hasSize(200);
        }
    }

    private static String text(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
