package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.testing.HeadlessScreenJvm;
import be.ghelamcoalert.ui.start.StartPictureFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as the Pi's service starts it (its own {@code main}, the data directory named by the
 * environment), twice on the same store, in JVMs of their own on headless Monocle: the first start
 * leaves a picture of its dashboard, the second opens with that picture before its store is open.
 */
class StartPictureRestartTest {
    private static final Pattern SHOWN = Pattern.compile(
            "Kiosk screen shown (\\d+) ms after the JVM started \\(toolkit up at (\\d+) ms, start picture (none|at (\\d+) ms), "
                    + "store and dashboard data at (\\d+) ms\\)");

    @TempDir
    Path dataDir;

    @Test
    void aRestartOpensWithThePictureTheLastRunLeftThenTheLiveDashboard() throws Exception {
        var clock = Clock.system(KioskConfig.defaults().deadlines().zone());
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var kickoff = ZonedDateTime.now(clock).plusDays(3).truncatedTo(ChronoUnit.DAYS).withHour(20).withMinute(45);
            kiosk.database().run(() -> kiosk.planning().store(homeMatchAt("next", kickoff), Actor.system("test"), "create-event", "test"));
        }

        var first = start();
        assertThat(first.group(3)).as("a first start has no picture yet").isEqualTo("none");
        assertThat(dataDir.resolve(StartPictureFile.FILE_NAME)).as("it leaves one").exists();

        var second = start();
        assertThat(second.group(3)).as("the second opens with it").startsWith("at ");
        long picture = Long.parseLong(second.group(4));
        long dataReady = Long.parseLong(second.group(5));
        long dashboard = Long.parseLong(second.group(1));
        assertThat(picture).as("before the store had the dashboard's data").isLessThan(dataReady);
        assertThat(dashboard).as("then the live dashboard").isGreaterThanOrEqualTo(dataReady);
    }

    /** One start of the kiosk, which exits a few seconds after its dashboard is shown (a training run). */
    private Matcher start() throws Exception {
        var run = HeadlessScreenJvm.run(Main.class,
                List.of("--windowed", "--training-run", "--fixtures", dataDir.resolve("none.yaml").toString()),
                Map.of("GHELAMCO__KIOSK__DATADIRECTORY", dataDir.toString()), Duration.ofSeconds(90),
                "the kiosk did not end its training run");
        assertThat(run.exitCode()).as(run.output()).isZero();
        var shown = SHOWN.matcher(run.output());
        assertThat(shown.find()).as(run.output()).isTrue();
        return shown;
    }
}
