package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.testing.HeadlessScreenJvm;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.start.StartPictureFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as the Pi's service starts it (its own {@code main}, the data directory named by the
 * environment), twice on the same store, in JVMs of their own on headless Monocle: the first start
 * leaves a picture of its dashboard, the second restores the light and then opens with that picture
 * before its live dashboard is drawn.
 */
@IntegrationTest
class StartPictureRestartTest {
    private static final Pattern LIGHT = Pattern.compile("Light restored (\\d+) ms after the JVM started");
    private static final Pattern SHOWN = Pattern.compile(
            "Kiosk screen shown (\\d+) ms after the JVM started \\(toolkit up at (\\d+) ms, start picture (none|at (\\d+) ms), "
                    + "store and dashboard data at (\\d+) ms\\)");

    @TempDir
    Path dataDir;

    @Test
    void aRestartRestoresTheLightThenOpensWithThePictureTheLastRunLeftThenTheLiveDashboard() throws Exception {
        var clock = Clock.system(KioskConfig.defaults().deadlines().zone());
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var kickoff = ZonedDateTime.now(clock)
                    .plusDays(3)
                    .truncatedTo(ChronoUnit.DAYS)
                    .withHour(20)
                    .withMinute(45);
            kiosk.database()
                    .run(() -> kiosk.planning()
                            .store(homeMatchAt("next", kickoff), Actor.system("test"), "create-event", "test"));
        }

        var first = SHOWN.matcher(start());
        assertThat(first.find()).isTrue();
        assertThat(first.group(3)).as("a first start has no picture yet").isEqualTo("none");
        assertThat(dataDir.resolve(StartPictureFile.FILE_NAME))
                .as("it leaves one")
                .exists();

        var second = start();
        var shown = SHOWN.matcher(second);
        assertThat(shown.find()).as(second).isTrue();
        assertThat(shown.group(3)).as("the second opens with it").startsWith("at ");
        long picture = Long.parseLong(shown.group(4));
        long dashboard = Long.parseLong(shown.group(1));
        var light = LIGHT.matcher(second);
        assertThat(light.find()).as(second).isTrue();
        assertThat(Long.parseLong(light.group(1))).as("the light first").isLessThan(picture);
        assertThat(picture).as("then the picture, before the live dashboard").isLessThan(dashboard);
    }

    /** One start of the kiosk, which exits a few seconds after its dashboard is shown (a training run): its output. */
    private String start() throws Exception {
        var run = HeadlessScreenJvm.run(
                Main.class,
                List.of(
                        "--windowed",
                        "--training-run",
                        "--fixtures",
                        dataDir.resolve("none.yaml").toString()),
                Map.of("GHELAMCO__KIOSK__DATADIRECTORY", dataDir.toString()),
                Duration.ofSeconds(90),
                "the kiosk did not end its training run");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output();
    }
}
