package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pi's launch scripts as systemd runs them, with stand-ins for cage (runs its client and waits
 * for it) and for the kiosk (a JVM that records its pid, environment and shutdown: {@link StandInKiosk}).
 */
@IntegrationTest
class PiLaunchScriptsTest {
    private static final Path PI = Path.of("packaging/pi");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Records its own options (those before "--") and runs its client. */
    private static final String FAKE_CAGE = """
            #!/bin/sh
            options=""
            while [ "$1" != "--" ]; do options="$options $1"; shift; done
            shift
            echo "cage options:$options" > "$RUNTIME_DIRECTORY/cage.options"
            "$@"
            """;

    @TempDir
    Path home;

    private Path run;
    private Process launch;

    @BeforeEach
    void installWithStandIns() throws IOException {
        run = Files.createDirectories(home.resolve("run"));
        StandInKiosk.installAsJava(home);
        executable(home.resolve("cage"), FAKE_CAGE);
        Files.copy(
                PI.resolve("kiosk-session.sh"), home.resolve("kiosk-session.sh"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    @AfterEach
    void stop() throws IOException {
        if (launch != null) {
            launch.descendants().forEach(ProcessHandle::destroyForcibly);
            launch.destroyForcibly();
        }
        var jvm = run.resolve("kiosk.pid");
        if (Files.exists(jvm)) {
            ProcessHandle.of(Long.parseLong(Files.readString(jvm).strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void theJvmIsTheProcessTheWatchdogIsForAndStopsOnSigterm() throws Exception {
        start();

        var jvm = awaitLog("pid=").getFirst();
        var pid = jvm.substring("pid=".length(), jvm.indexOf(' '));
        assertThat(jvm)
                .isEqualTo("pid=" + pid + " WATCHDOG_PID=" + pid
                        + " NOTIFY_SOCKET=/run/systemd/notify WATCHDOG_USEC=30000000");
        assertThat(Files.readString(run.resolve("kiosk.pid")).strip()).isEqualTo(pid);

        signal("TERM");

        assertThat(launch.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(log()).contains("TERM");
        assertThat(Files.readString(home.resolve("launch.out"))).doesNotContain("Full thread dump");
    }

    @Test
    void aStarvedWatchdogAsksTheJvmForItsThreadsThenStopsIt() throws Exception {
        start();
        awaitLog("pid=");

        signal("ABRT");

        assertThat(launch.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(log()).contains("TERM");
        assertThat(Files.readString(home.resolve("launch.out")))
                .contains("the systemd watchdog expired")
                .contains("Full thread dump")
                .contains("\"main\"")
                .contains("StandInKiosk.main");
    }

    @Test
    void theRotationKeyTurnsTheScreenAQuarterClockwisePerCageOption() throws Exception {
        start(Map.of("KIOSK_ROTATION", "270"));
        awaitLog("pid=");

        assertThat(Files.readString(run.resolve("cage.options")).strip()).isEqualTo("cage options: -r -r -r");
    }

    @Test
    void withoutARotationCageGetsNoOption() throws Exception {
        start();
        awaitLog("pid=");

        assertThat(Files.readString(run.resolve("cage.options")).strip()).isEqualTo("cage options:");
    }

    private void start() throws IOException {
        start(Map.of());
    }

    private void start(Map<String, String> environmentFile) throws IOException {
        var builder = new ProcessBuilder(
                        PI.resolve("kiosk-launch.sh").toAbsolutePath().toString(), "--config", "kiosk.yaml")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("launch.out").toFile());
        var environment = builder.environment();
        environment.put("GHELAMCO_HOME", home.toString());
        environment.put("GHELAMCO_CAGE", home.resolve("cage").toString());
        environment.put("RUNTIME_DIRECTORY", run.toString());
        // As systemd sets them for the main process (kiosk-launch.sh), whose pid is not known here.
        environment.put("NOTIFY_SOCKET", "/run/systemd/notify");
        environment.put("WATCHDOG_USEC", "30000000");
        environment.put("WATCHDOG_PID", "1");
        environment.putAll(environmentFile);
        launch = builder.start();
    }

    private void signal(String name) throws Exception {
        var kill = new ProcessBuilder("kill", "-" + name, Long.toString(launch.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).isZero();
    }

    private List<String> awaitLog(String prefix) {
        return await().atMost(WAIT)
                .until(
                        () -> log().stream()
                                .filter(line -> line.startsWith(prefix))
                                .toList(),
                        lines -> !lines.isEmpty());
    }

    private List<String> log() throws IOException {
        var file = run.resolve("java.log");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
