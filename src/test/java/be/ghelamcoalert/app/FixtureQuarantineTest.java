package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.JdbiFixtureImportStore;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.service.CommandOutcome;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source that misbehaves changes nothing, says why on screen, and the last good data stays. */
@IntegrationTest
class FixtureQuarantineTest {
    @TempDir
    Path dir;

    private FixtureImportHarness h;
    private FixturePage season;

    @BeforeEach
    void goodImportOfSeventeenHomeMatches() {
        h = new FixtureImportHarness(dir, MutableClock.at("2024-07-20T10:00"), false);
        season = new FixturePage();
        var first = LocalDate.of(2024, 7, 28);
        for (int round = 0; round < 34; round++) {
            var date = first.plusWeeks(round);
            var text = date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
            season.add(
                    round % 2 == 0
                            ? match(text, "20:45", "KAA Gent", "Opponent " + round, "Jupiler Pro League", "")
                            : match(text, "18:30", "Opponent " + round, "KAA Gent", "Jupiler Pro League", ""));
        }
        h.server.html("/club", season.table());
        h.importNow();
        assertThat(h.events()).hasSize(17);
        assertThat(h.kiosk.status().fixtures().health()).isEqualTo(Health.OK);
        assertThat(h.kiosk.status().fixtures().detail()).contains("34 fixtures, 17 ahead at our venue");
        h.clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        h.close();
    }

    private Map<Event, List<Alert>> everything() {
        return h.events().stream().collect(Collectors.toMap(Function.identity(), h::alerts));
    }

    private void assertQuarantined(String reasonPart) {
        var status = h.kiosk.status().fixtures();
        assertThat(status.health()).isEqualTo(Health.BROKEN);
        assertThat(status.detail()).contains("club: quarantined: ").contains(reasonPart);
        assertThat(status.lastGoodImport()).contains(h.clock.instant().minus(Duration.ofHours(1)));
        assertThat(h.metric(MetricNames.IMPORTS_QUARANTINED)).isEqualTo(1);
        assertThat(new JdbiFixtureImportStore(h.kiosk.database()).rawPages("club"))
                .singleElement()
                .satisfies(page -> assertThat(page.reason()).contains(reasonPart));
    }

    @Test
    void aRedesignedPageWithZeroRowsChangesNothing() {
        var before = everything();
        h.server.html(
                "/club",
                "<html><head><title>Kalender | KAA Gent</title></head><body><div class='new-grid'></div></body></html>");

        var report = h.importNow();

        assertThat(report.anyQuarantined()).isTrue();
        assertThat(report.changes()).isEmpty();
        assertThat(everything()).isEqualTo(before);
        assertQuarantined("zero rows");
    }

    @Test
    void aCookieConsentPageChangesNothingAndIsKeptForDiagnosis() {
        var before = everything();
        var consent = "<html><head><title>Cookie-instellingen</title></head><body>Accepteer alle cookies</body></html>";
        h.server.html("/club", consent);

        h.importNow();

        assertThat(everything()).isEqualTo(before);
        assertQuarantined("cookie-consent page");
        assertThat(new JdbiFixtureImportStore(h.kiosk.database())
                        .rawPages("club")
                        .getFirst()
                        .content())
                .isEqualTo(consent);
    }

    @Test
    void aHalfBrokenSelectorThatDropsHomeMatchesFrom17To3ChangesNothing() {
        var before = everything();
        var few = new FixturePage();
        for (int i = 0; i < 3; i++) {
            few.add(match((4 + i * 7) + "/8/2024", "20:45", "KAA Gent", "Opponent " + i * 2, "Jupiler Pro League", ""));
        }
        h.server.html("/club", few.table());

        h.importNow();

        assertThat(everything()).as("no match became unconfirmed").isEqualTo(before);
        assertQuarantined("dropped from 17 to 3");
    }

    @Test
    void manyUnreadableRowsChangeNothing() {
        var before = everything();
        var broken = new FixturePage();
        for (int i = 0; i < 10; i++) {
            broken.add(match(
                    i < 4 ? "binnenkort" : (4 + i) + "/8/2024",
                    "20:45",
                    "KAA Gent",
                    "Opponent " + i,
                    "Jupiler Pro League",
                    ""));
        }
        h.server.html("/club", broken.table());

        h.importNow();

        assertThat(everything()).isEqualTo(before);
        assertQuarantined("4 of 10 rows could not be read");
    }

    @Test
    void serverErrorsAreRetriedAndTheLastGoodDataStaysWithItsAge() {
        var before = everything();
        h.server.failNext("/club", 3, 500);

        var report = h.importNow();

        assertThat(report.anyFailed()).isTrue();
        assertThat(h.pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(everything()).isEqualTo(before);
        var status = h.kiosk.status().fixtures();
        assertThat(status.health()).isEqualTo(Health.FAILING);
        assertThat(status.detail()).contains("HTTP 500").contains("after 3 attempts");
        assertThat(status.lastGoodImport()).contains(h.clock.instant().minus(Duration.ofHours(1)));
        assertThat(h.metric(MetricNames.IMPORTS_FAILED)).isEqualTo(1);

        h.server.failNext("/club", 1, 503);
        h.clock.advance(Duration.ofHours(1));
        h.importNow();
        assertThat(h.kiosk.status().fixtures().health()).isEqualTo(Health.OK);
        assertThat(h.kiosk.status().fixtures().lastGoodImport()).contains(h.clock.instant());
        assertThat(h.metric(MetricNames.IMPORTS_OK)).isEqualTo(2);
    }

    @Test
    void afterAQuarantineAGoodPageIsAppliedAgain() {
        h.server.html("/club", "<html><head><title>Error</title></head></html>");
        h.importNow();
        h.server.html(
                "/club",
                season.add(match("1/6/2025", "14:00", "KAA Gent", "Extra", "Oefenwedstrijd", ""))
                        .table());

        var report = h.importNow();

        assertThat(report.changes()).hasSize(1);
        assertThat(h.kiosk.status().fixtures().health()).isEqualTo(Health.OK);
        assertThat(h.events())
                .hasSize(18)
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.SCHEDULED));
    }

    @Test
    void refreshNowFromTheScreenRunsTheImportAndIsAudited() {
        h.server.html(
                "/club",
                season.add(match("1/6/2025", "14:00", "KAA Gent", "Extra", "Oefenwedstrijd", ""))
                        .table());

        var outcome = h.kiosk.commands().execute(new RefreshFixtures(), Actor.touchScreen());

        assertThat(outcome.kind()).isEqualTo(CommandOutcome.Kind.FIXTURES_IMPORTED);
        assertThat(outcome.args()).containsExactly(counts(1, 0, 0, outcome.summary()));
        assertThat(outcome.needsAttention()).isFalse();
        assertThat(outcome.summary()).startsWith("1 change; club: OK");
        assertThat(h.events()).hasSize(18);
        assertThat(h.audit()).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo(Actor.touchScreen());
            assertThat(a.action()).isEqualTo("refresh-fixtures");
        });
        assertThat(h.audit()).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo(Actor.fixtureImport("club"));
            assertThat(a.action()).isEqualTo("import-created");
        });
    }

    @Test
    void aRefreshThatCouldNotReadTheSourceSaysSoAndHowMany() {
        h.server.failNext("/club", 3, 503);

        var unreachable = h.kiosk.commands().execute(new RefreshFixtures(), Actor.touchScreen());

        assertThat(unreachable.kind()).isEqualTo(CommandOutcome.Kind.FIXTURES_IMPORT_INCOMPLETE);
        assertThat(unreachable.args()).containsExactly(counts(0, 1, 0, unreachable.summary()));
        assertThat(unreachable.needsAttention()).isTrue();
        assertThat(unreachable.summary()).contains("club: FAILING").contains("HTTP 503");

        h.server.html("/club", "<html><head><title>Cookies</title></head></html>");
        h.clock.advance(Duration.ofHours(1));

        var quarantined = h.kiosk.commands().execute(new RefreshFixtures(), Actor.touchScreen());

        assertThat(quarantined.kind()).isEqualTo(CommandOutcome.Kind.FIXTURES_IMPORT_INCOMPLETE);
        assertThat(quarantined.args()).containsExactly(counts(0, 0, 1, quarantined.summary()));
        assertThat(h.events()).hasSize(17);
    }

    @Test
    void theHealthIsRememberedAcrossARestart() {
        h.server.html("/club", "<html><head><title>Cookies</title></head></html>");
        h.importNow();
        h.close();

        h = new FixtureImportHarness(dir, h.clock, false);
        assertThat(h.kiosk.status().fixtures().health()).isEqualTo(Health.NOT_CONFIGURED);
        h.service.publishStoredStatus();

        assertThat(h.kiosk.status().fixtures().health()).isEqualTo(Health.BROKEN);
        assertThat(h.kiosk.status().fixtures().detail()).contains("cookie-consent");
    }

    @Test
    void theSamePageAgainChangesNothingButCountsAsAGoodImport() {
        var before = everything();

        var report = h.importNow();

        assertThat(report.changes()).isEmpty();
        assertThat(report.listed()).hasSize(34);
        assertThat(everything()).isEqualTo(before);
        assertThat(h.kiosk.status().fixtures().lastGoodImport()).contains(h.clock.instant());
        h.server.html(
                "/club",
                season.add(match("1/6/2025", "14:00", "KAA Gent", "Extra", "Oefenwedstrijd", ""))
                        .table());
        assertThat(h.importNow().changes())
                .as("a changed page is compared again")
                .hasSize(1);
    }

    @Test
    void aDryRunChangesNothingAtAll() {
        h.server.html(
                "/club",
                season.add(match("1/6/2025", "14:00", "KAA Gent", "Extra", "Oefenwedstrijd", ""))
                        .table());
        var before = everything();

        var report = h.service.dryRun(Actor.system("test"));

        assertThat(report.changes()).hasSize(1);
        assertThat(report.applied()).isFalse();
        assertThat(everything()).isEqualTo(before);
    }

    /** An import's outcome arguments: changes, sources unreachable, sources quarantined, the English summary. */
    private static MessageArgument[] counts(long changes, long unreachable, long quarantined, String summary) {
        return new MessageArgument[] {
            new MessageArgument.Count(changes),
            new MessageArgument.Count(unreachable),
            new MessageArgument.Count(quarantined),
            new MessageArgument.Text(summary)
        };
    }
}
