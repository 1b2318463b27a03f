package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.ui.start.StartPictureFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
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
    private java.util.regex.Matcher start() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--windowed", "--training-run", "--fixtures", dataDir.resolve("none.yaml").toString())
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().put("GHELAMCO__KIOSK__DATADIRECTORY", dataDir.toString());
        var process = builder.start();
        var output = new StringBuilder();
        var reader = Thread.ofPlatform().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes()));
            } catch (java.io.IOException e) {
                output.append(e);
            }
        });
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join();
            throw new AssertionError("the kiosk did not end its training run:\n" + output);
        }
        reader.join();
        assertThat(process.exitValue()).as(output.toString()).isZero();
        var shown = SHOWN.matcher(output);
        assertThat(shown.find()).as(output.toString()).isTrue();
        return shown;
    }
}
