package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.HeadlessScreenJvm;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's start in a JVM of its own, on headless Monocle, as the kiosk starts it. */
@IntegrationTest
class KioskApplicationTest {
    @TempDir
    Path dataDir;

    @Test
    void theFirstFrameIsReportedWithWhereTheStartWent() throws Exception {
        var run = launch("good");

        assertThat(run.exitCode()).as(run.output()).isZero();
        var line = run.output()
                .lines()
                .filter(l -> l.startsWith(KioskApplicationChild.FIRST_FRAME))
                .findFirst()
                .orElseThrow();
        var times = Arrays.stream(line.substring(KioskApplicationChild.FIRST_FRAME.length())
                        .split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
        assertThat(times[0]).as("toolkit up").isPositive();
        assertThat(times[2]).as("first frame after the data was read").isGreaterThanOrEqualTo(times[1]);
        assertThat(times[2]).as("first frame after the toolkit was up").isGreaterThanOrEqualTo(times[0]);
        assertThat(times[3]).as("no start picture").isEqualTo(-1);
    }

    /**
     * After a restart the picture kept last time is the first frame, drawn before the live
     * dashboard is built; the live dashboard takes its place, in the window's own size.
     */
    @Test
    void theStartPictureIsTheFirstFrameUntilTheLiveDashboardReplacesIt() throws Exception {
        var run = launch("picture");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains(KioskApplicationChild.PICTURE_SHOWN + "true 800.0x480.0 ImageView");
        var line = run.output()
                .lines()
                .filter(l -> l.startsWith(KioskApplicationChild.FIRST_FRAME))
                .findFirst()
                .orElseThrow();
        var times = Arrays.stream(line.substring(KioskApplicationChild.FIRST_FRAME.length())
                        .split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
        long dataReady = times[1];
        long dashboard = times[2];
        long picture = times[3];
        assertThat(picture)
                .as("the picture first, whenever the data came")
                .isPositive()
                .isLessThan(dashboard);
        assertThat(dashboard).as("then the live dashboard, with the data").isGreaterThanOrEqualTo(dataReady);
    }

    /**
     * A dashboard that cannot be built must not leave a kiosk running without a window and
     * without a word: the error is logged, the first frame fails and the application ends, so the
     * service can be started again.
     */
    @Test
    void aDashboardThatCannotBeBuiltClosesTheScreenWithTheErrorInsteadOfHanging() throws Exception {
        var run = launch("broken");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(5);
        assertThat(run.output())
                .contains("The dashboard could not be built; closing the screen")
                .contains(KioskApplicationChild.NO_FIRST_FRAME + "java.lang.NullPointerException")
                .contains("launch returned");
    }

    private HeadlessScreenJvm.Run launch(String kind) throws Exception {
        return HeadlessScreenJvm.run(
                KioskApplicationChild.class,
                List.of(dataDir.toString(), kind),
                Map.of(),
                Duration.ofSeconds(60),
                "the application neither showed its first frame nor ended");
    }
}
