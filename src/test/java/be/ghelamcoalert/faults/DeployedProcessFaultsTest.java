package be.ghelamcoalert.faults;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.testing.DeployedKiosk;
import be.ghelamcoalert.testing.DutchFixtureText;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.LocalWebServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as the Pi runs it, stopped the hard ways: SIGKILL (a power cut, as far as the store
 * can tell) at random moments, SIGTERM while the relay blinks, and a screen that cannot start.
 * The club's page has a home match whose car park should have been clear an hour ago: its overdue
 * alert blinks the light at any hour, so every restart must restore it.
 */
@IntegrationTest
class DeployedProcessFaultsTest {
    private static final Pattern RESTORED_ON = Pattern.compile("Light start-up restore: on \\(");
    private static final Pattern RESTORED_AT = Pattern.compile("Light restored (\\d+) ms after the JVM started");
    /** How many SIGKILLs at random moments ({@code -Dfaults.kills=100} for the full run the README quotes). */
    private static final int KILLS = Integer.getInteger("faults.kills", 6);

    @TempDir
    Path root;

    private LocalWebServer web;
    private DeployedKiosk.Layout layout;

    @BeforeEach
    void install() throws Exception {
        layout = DeployedKiosk.install(root);
        var kickoff =
                ZonedDateTime.now(ZoneId.of("Europe/Brussels")).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        web = new LocalWebServer();
        web.html(
                "/club",
                FixturePage.of(match(
                                DutchFixtureText.date(kickoff),
                                DutchFixtureText.time(kickoff),
                                "KAA Gent",
                                "KRC Genk",
                                "Jupiler Pro League",
                                "Planet Group Arena"))
                        .table());
        StartedAsDeployedTest.pointFixturesAt(layout, web.url("/club"));
    }

    @AfterEach
    void stopWeb() {
        web.close();
    }

    @Test
    void killedAtRandomMomentsTheStoreLosesNothingAndEveryRestartRestoresTheLightBeforeTheScreen() throws Exception {
        try (var first = DeployedKiosk.start(layout, Map.of())) {
            first.awaitLine(Pattern.compile("Light on \\("), Duration.ofSeconds(90)); // imported, then lit
            first.kill();
        }
        var random = new Random(20261207);
        for (int i = 0; i < KILLS; i++) {
            try (var kiosk = DeployedKiosk.start(layout, Map.of())) {
                kiosk.awaitLine(RESTORED_ON, Duration.ofSeconds(60));
                Thread.sleep(random.nextInt(3000)); // during the import at start, a blink, the screen's start
                kiosk.kill();
            }
        }
        try (var last = DeployedKiosk.start(layout, Map.of())) {
            last.awaitLine(RESTORED_ON, Duration.ofSeconds(60));
            var restored = last.awaitLine(RESTORED_AT, Duration.ofSeconds(5));
            var screen = last.awaitLine(Pattern.compile("Kiosk screen shown"), Duration.ofSeconds(60));
            assertThat(last.lines().indexOf(restored))
                    .as("the light before the first frame")
                    .isLessThan(last.lines().indexOf(screen));
            assertThat(last.log()).doesNotContainIgnoringCase("corrupt");
            last.awaitLine(Pattern.compile("Fixture import done: 0 changes"), Duration.ofSeconds(60));
        }
    }

    @Test
    void sigtermWhileTheLightBlinksReleasesTheRelayAndTheNextStartLightsAgain() throws Exception {
        try (var kiosk = DeployedKiosk.start(layout, Map.of())) {
            kiosk.awaitLine(Pattern.compile("Light on \\(slow_blink\\)"), Duration.ofSeconds(90));
            Thread.sleep(1500); // a few switches of the blink

            assertThat(kiosk.stop(Duration.ofSeconds(30))).isEqualTo(DeployedKiosk.STOPPED_BY_SIGTERM);
            assertThat(kiosk.log())
                    .contains("Alarm engine stopped; relay released")
                    .contains("Kiosk stopped");
        }
        try (var again = DeployedKiosk.start(layout, Map.of())) {
            again.awaitLine(RESTORED_ON, Duration.ofSeconds(60));
        }
    }

    @Test
    void aScreenThatCannotStartLeavesTheLightWorking() throws Exception {
        // GTK without a display: the toolkit cannot start, as on a Pi whose compositor is gone.
        try (var kiosk = DeployedKiosk.start(layout, Map.of(), List.of("-Dglass.platform=gtk"))) {
            kiosk.awaitLine(Pattern.compile("The screen is gone"), Duration.ofSeconds(60));
            kiosk.awaitLine(Pattern.compile("Light on \\("), Duration.ofSeconds(90));

            await("the process runs on for the light")
                    .during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(10))
                    .until(kiosk::alive);
            assertThat(kiosk.stop(Duration.ofSeconds(30))).isEqualTo(DeployedKiosk.STOPPED_BY_SIGTERM);
        }
    }
}
