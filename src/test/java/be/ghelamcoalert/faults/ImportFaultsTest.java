package be.ghelamcoalert.faults;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.LocalWebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken import is shown and never stops the light: the store keeps what the last good import brought. */
@IntegrationTest
class ImportFaultsTest {
    @TempDir
    Path dir;

    private FaultRig rig;
    private LocalWebServer web;

    @AfterEach
    void stop() {
        rig.close();
        if (web != null) {
            web.close();
        }
    }

    @Test
    void aFixtureConfigurationThatIsInvalidAtStart() throws Exception {
        var fixtures = Files.writeString(dir.resolve("fixtures.yaml"), "sources:\n  - name: club\n    type: NOPE\n");
        rig = new FaultRig(dir).start("", fixtures);

        var failed = rig.await(Part.IMPORT, PartHealth.State.FAILED);

        assertThat(failed.reason()).contains(fixtures.toString()).contains("type");
        assertThat(rig.statusBar().faultsProperty().get())
                .startsWith("Import: ")
                .contains("fixtures.yaml");
        var due = rig.gala();
        rig.timeIs(due);
        assertThat(rig.lit()).as("the light works without the import").isTrue();
    }

    @Test
    void aSourceDownForAWeek() throws Exception {
        web = new LocalWebServer();
        web.html(
                "/club",
                FixturePage.of(match(
                                "wo 16 dec.",
                                "20u45",
                                "KAA Gent",
                                "Club Brugge",
                                "Jupiler Pro League",
                                "Planet Group Arena"))
                        .table());
        rig = new FaultRig(dir).start("", fixturesYaml(web.url("/club")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rig.device().kiosk().status().fixtures().health() == ImportStatus.Health.OK);
        var match = rig.device().kiosk().queries().upcoming().getFirst();
        var due = match.alerts().stream()
                .filter(a -> a.alert().kind() == AlertKind.WARNING)
                .findFirst()
                .orElseThrow()
                .alert()
                .dueAt();

        web.serve("/club", 503, "text/html", "<html><body>Onderhoud</body></html>", Duration.ZERO);
        for (int day = 1; day <= 6; day++) { // Wednesday 9 to Tuesday 15 December, an import every day
            rig.timeIs(rig.clock.instant().plus(Duration.ofDays(1)));
            rig.device().kiosk().commands().execute(new RefreshFixtures(), Actor.system("test"));
        }

        assertThat(rig.device().kiosk().status().fixtures().health()).isEqualTo(ImportStatus.Health.FAILING);
        assertThat(rig.statusBar().fixturesProperty().get()).contains("bron faalt");
        assertThat(rig.device().kiosk().queries().upcoming())
                .as("the match stays")
                .hasSize(1);
        rig.timeIs(due);
        assertThat(rig.lit())
                .as("a week without the source: the light still comes on for the match")
                .isTrue();
    }

    private Path fixturesYaml(String url) throws Exception {
        return Files.writeString(dir.resolve("fixtures.yaml"), """
                schedule: { atStart: true, every: PT1H, jitter: PT5M }
                http: { timeout: PT2S, attempts: 1, firstBackoff: PT0.1S }
                sources:
                  - name: club-fixtures
                    type: HTML
                    url: %s
                    zone: Europe/Brussels
                    row: "//table[@class='fixtures']/tbody/tr"
                    fields:
                      date: "./td[@class='date']"
                      time: "./td[@class='time']"
                      home: "./td[@class='home']"
                      away: "./td[@class='away']"
                      competition: "./td[@class='competition']"
                      venue: "./td[@class='venue']"
                      status: "./td[@class='status']"
                """.formatted(url));
    }
}
