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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as the labwc drop-in runs it: {@code kiosk-launch.sh} with
 * {@code kiosk-labwc-client.sh} in cage's place, which waits until the desktop's display lets the
 * kiosk in (a stand-in xset that answers on its second call) and then runs the kiosk (a stand-in
 * JVM, {@link StandInKiosk}): same watchdog hand-over and clean stop as under cage.
 */
@IntegrationTest
class PiLabwcClientTest {
    private static final Path PI = Path.of("packaging/pi");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Refuses the first question (the desktop not there yet), then answers. */
    private static final String XSET_ANSWERING_SECOND = """
            #!/bin/sh
            echo "xset $* DISPLAY=$DISPLAY" >> "$RUNTIME_DIRECTORY/xset.calls"
            [ "$(wc -l < "$RUNTIME_DIRECTORY/xset.calls")" -ge 2 ]
            """;

    @TempDir
    Path home;

    private Path run;
    private Process launch;

    @BeforeEach
    void installWithStandIns() throws IOException {
        run = Files.createDirectories(home.resolve("run"));
        StandInKiosk.installAsJava(home);
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
    void theKioskStartsOnceTheDesktopLetsItInWithTheWatchdogAndStopsCleanly() throws Exception {
        start(XSET_ANSWERING_SECOND, Map.of("KIOSK_ROTATION", "90"));

        var jvm = awaitLog("pid=");
        var pid = jvm.substring("pid=".length(), jvm.indexOf(' '));
        assertThat(jvm).startsWith("pid=" + pid + " WATCHDOG_PID=" + pid + " NOTIFY_SOCKET=/run/systemd/notify");
        assertThat(Files.readAllLines(run.resolve("xset.calls")))
                .containsExactly("xset q DISPLAY=:0", "xset q DISPLAY=:0");
        assertThat(Files.readString(Path.of("/proc", pid, "cmdline")).split("\0"))
                .as("cage's -r options are not passed on")
                .endsWith(
                        StandInKiosk.class.getName(),
                        "-jar",
                        home.resolve("ghelamco-alert.jar").toString(),
                        "--config",
                        "kiosk.yaml");

        var kill = new ProcessBuilder("kill", "-TERM", Long.toString(launch.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).isZero();

        assertThat(launch.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(run.resolve("java.log"))).contains("TERM");
    }

    @Test
    void withoutTheDesktopTheKioskStartsAnywayForTheLight() throws Exception {
        start("#!/bin/sh\nexit 1\n", Map.of("KIOSK_DISPLAY_WAIT", "0"));

        awaitLog("pid=");
        assertThat(Files.readString(home.resolve("launch.out")))
                .contains("the desktop's display :0 did not let the kiosk in within 0 s")
                .contains("the kiosk starts without its screen, the light works");
    }

    private void start(String xset, Map<String, String> environmentFile) throws IOException {
        var standInXset = home.resolve("xset");
        Files.writeString(standInXset, xset);
        Files.setPosixFilePermissions(standInXset, PosixFilePermissions.fromString("rwxr-xr-x"));
        var builder = new ProcessBuilder(
                        PI.resolve("kiosk-launch.sh").toAbsolutePath().toString(), "--config", "kiosk.yaml")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("launch.out").toFile());
        var environment = builder.environment();
        // As the unit with the labwc drop-in sets them.
        environment.put("GHELAMCO_HOME", home.toString());
        environment.put(
                "GHELAMCO_CAGE",
                PI.resolve("kiosk-labwc-client.sh").toAbsolutePath().toString());
        environment.put("DISPLAY", ":0");
        environment.put("GHELAMCO_XSET", standInXset.toString());
        environment.put("RUNTIME_DIRECTORY", run.toString());
        environment.put("NOTIFY_SOCKET", "/run/systemd/notify");
        environment.put("WATCHDOG_USEC", "30000000");
        environment.put("WATCHDOG_PID", "1");
        environment.putAll(environmentFile);
        launch = builder.start();
    }

    private String awaitLog(String prefix) {
        return await().atMost(WAIT)
                .until(
                        () -> log().stream()
                                .filter(line -> line.startsWith(prefix))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private List<String> log() throws IOException {
        var file = run.resolve("java.log");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
