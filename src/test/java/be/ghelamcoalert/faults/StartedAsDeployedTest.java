package be.ghelamcoalert.faults;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.DeployedKiosk;
import be.ghelamcoalert.testing.DutchFixtureText;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.LocalWebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as the Pi runs it — the unit's environment and arguments, the shipped configuration
 * in an /etc-like folder, the club's page on a local server — imports a home match whose car park
 * must be clear in about a minute, and switches the relay on by then, at any hour (an overdue
 * alert lights outside office hours too).
 */
@IntegrationTest
class StartedAsDeployedTest {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path root;

    @Test
    void theLightComesOnForAHomeMatchImportedFromTheClubsPage() throws Exception {
        var layout = DeployedKiosk.install(root);
        // The deadline (3 h before kickoff) on a whole minute, 40 to 100 s from now.
        var kickoff = ZonedDateTime.now(BRUSSELS)
                .plusHours(3)
                .plusSeconds(40)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        var deadline = kickoff.minusHours(3);
        try (var web = new LocalWebServer()) {
            web.html(
                    "/club",
                    FixturePage.of(match(
                                    DutchFixtureText.date(kickoff),
                                    DutchFixtureText.time(kickoff),
                                    "KAA Gent",
                                    "Club Brugge",
                                    "Jupiler Pro League",
                                    "Planet Group Arena"))
                            .table());
            pointFixturesAt(layout, web.url("/club"));

            try (var kiosk = DeployedKiosk.start(layout, Map.of())) {
                kiosk.awaitLine(Pattern.compile("Alarm engine started"), Duration.ofSeconds(60));
                kiosk.awaitLine(
                        Pattern.compile("Fixture import done: 1 change; club-fixtures: OK"), Duration.ofSeconds(60));
                var lightOn = kiosk.awaitLine(
                        Pattern.compile("Light (start-up restore: )?on \\("),
                        Duration.between(ZonedDateTime.now(BRUSSELS), deadline).plusSeconds(15));

                assertThat(ZonedDateTime.now(BRUSSELS))
                        .as("on before the deadline, or at it: " + lightOn)
                        .isBefore(deadline.plusSeconds(5));
                assertThat(kiosk.log()).doesNotContain("ConfigException").doesNotContain(" ERROR ");
                assertThat(layout.data().resolve("ghelamco-alert.mv.db"))
                        .as("the store is where the unit says")
                        .exists();
                assertThat(kiosk.stop(Duration.ofSeconds(30)))
                        .as(kiosk.log())
                        .isEqualTo(DeployedKiosk.STOPPED_BY_SIGTERM);
                assertThat(kiosk.log()).contains("relay released");
            }
            assertThat(web.hits("/club")).isPositive();
        }
    }

    static void pointFixturesAt(DeployedKiosk.Layout layout, String url) throws Exception {
        var fixtures = layout.etc().resolve("fixtures.yaml");
        var text = Files.readString(fixtures);
        assertThat(text).contains("url: https://www.kaagent.be/nl/wedstrijden");
        Files.writeString(fixtures, text.replace("url: https://www.kaagent.be/nl/wedstrijden", "url: " + url));
    }
}
