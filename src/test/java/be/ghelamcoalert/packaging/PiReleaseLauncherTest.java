package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.release.PendingTrial;
import be.ghelamcoalert.adapter.release.RolledBackRelease;
import be.ghelamcoalert.adapter.release.TrialFiles;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code kiosk-session.sh} in a temporary root, started again after every exit as systemd
 * does ({@code Restart=always}), with a stand-in {@code java} that records the jar it was given and
 * exits as the test says: which release it starts, how it counts starts on trial, and how it rolls
 * back (links and store) when a release does not come up.
 */
@IntegrationTest
class PiReleaseLauncherTest {
    private static final Path PI = Path.of("packaging/pi");
    private static final String STORE = "ghelamco-alert.mv.db";
    /** Records the jar; a release "migrates" the store as it starts; exits with FAKE_EXIT (a crash) or 0. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            while [ "$1" != "-jar" ]; do shift; done
            echo "$2" >> "$RUNTIME_DIRECTORY/started"
            echo "${GHELAMCO_PACKAGED_VERSION:-none}" > "$RUNTIME_DIRECTORY/packaged"
            case "$2" in
              */current/*) echo "migrated by $(basename "$2")" >> "$GHELAMCO__KIOSK__DATADIRECTORY/ghelamco-alert.mv.db" ;;
            esac
            exit "${FAKE_EXIT:-0}"
            """;

    @TempDir
    Path root;

    private Path home;
    private Path data;
    private Path run;
    private TrialFiles trials;

    @BeforeEach
    void install() throws IOException {
        home = Files.createDirectories(root.resolve("opt"));
        data = Files.createDirectories(root.resolve("var"));
        run = Files.createDirectories(root.resolve("run"));
        Files.createDirectories(home.resolve("jdk/bin"));
        executable(home.resolve("jdk/bin/java"), FAKE_JAVA);
        Files.copy(
                PI.resolve("kiosk-session.sh"), home.resolve("kiosk-session.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(home.resolve("VERSION"), "1.4.0\n");
        Files.writeString(home.resolve("ghelamco-alert.jar"), "packaged");
        Files.writeString(data.resolve(STORE), "committed data\n");
        trials = new TrialFiles(data);
    }

    @Test
    void withoutAnOtaReleaseThePackagedOneRuns() throws Exception {
        assertThat(start(0)).isZero();

        assertThat(started()).containsExactly(home.resolve("ghelamco-alert.jar").toString());
    }

    @Test
    void theKioskIsToldThePackagesVersionSoThatItRefusesADowngradeBelowIt() throws Exception {
        release("1.5.0");
        link("current", "1.5.0");

        start(0);

        assertThat(Files.readString(run.resolve("packaged")).strip()).isEqualTo("1.4.0");
        Files.delete(home.resolve("VERSION"));
        start(0);
        assertThat(Files.readString(run.resolve("packaged")).strip())
                .as("no package, no limit")
                .isEqualTo("none");
    }

    @Test
    void aCommittedReleaseNewerThanThePackageRuns() throws Exception {
        release("1.5.0");
        link("current", "1.5.0");

        start(0);

        assertThat(started()).containsExactly(jar("1.5.0"));
    }

    @Test
    void aPackageUpgradedPastTheOtaReleaseWins() throws Exception {
        release("1.5.0");
        link("current", "1.5.0");
        Files.writeString(home.resolve("VERSION"), "1.6.0\n");

        start(0);

        assertThat(started()).containsExactly(home.resolve("ghelamco-alert.jar").toString());
    }

    @Test
    void aReleaseOnTrialThatKeepsCrashingIsRolledBackWithTheStoreItFound() throws Exception {
        release("1.5.0");
        release("1.6.0");
        link("current", "1.6.0");
        link("previous", "1.5.0");
        var backup = data.resolve("backups/before-1.6.0.mv.db");
        trials.begin(new PendingTrial(
                ReleaseVersion.of("1.6.0"),
                ReleaseVersion.of("1.5.0"),
                Instant.parse("2026-12-07T10:00:00Z"),
                Optional.of(backup)));

        for (int crash = 1; crash <= 3; crash++) {
            assertThat(start(1)).isEqualTo(1);
            assertThat(Files.readString(data.resolve(TrialFiles.STARTS)).strip())
                    .isEqualTo(Integer.toString(crash));
        }
        assertThat(backup).hasContent("committed data");
        assertThat(Files.readString(data.resolve(STORE))).contains("migrated by ghelamco-alert-1.6.0.jar");

        assertThat(start(0)).isZero();

        assertThat(started()).containsExactly(jar("1.6.0"), jar("1.6.0"), jar("1.6.0"), jar("1.5.0"));
        assertThat(Files.readSymbolicLink(data.resolve("current"))).isEqualTo(Path.of("releases/1.5.0"));
        assertThat(Files.readString(data.resolve(STORE)))
                .isEqualTo("committed data\nmigrated by ghelamco-alert-1.5.0.jar\n");
        assertThat(trials.pending()).isEmpty();
        assertThat(data.resolve(TrialFiles.STARTS)).doesNotExist();
        assertThat(trials.rolledBack())
                .contains(new RolledBackRelease(
                        ReleaseVersion.of("1.6.0"), "release 1.6.0 did not come up healthy in 3 starts"));
    }

    @Test
    void aRollbackTheKioskAskedForTakesThePackagedReleaseBackWhenNoOtaOneRanBefore() throws Exception {
        release("1.5.0");
        link("current", "1.5.0");
        trials.begin(new PendingTrial(
                ReleaseVersion.of("1.5.0"),
                ReleaseVersion.of("1.4.0"),
                Instant.parse("2026-12-07T10:00:00Z"),
                Optional.empty()));
        start(0);
        trials.requestRollBack("not healthy 3 min after the switch: screen STARTING");

        start(0);

        assertThat(started())
                .containsExactly(
                        jar("1.5.0"), home.resolve("ghelamco-alert.jar").toString());
        assertThat(data.resolve("current")).doesNotExist();
        assertThat(trials.rolledBack())
                .contains(new RolledBackRelease(
                        ReleaseVersion.of("1.5.0"), "not healthy 3 min after the switch: screen STARTING"));
        assertThat(Files.readString(data.resolve(STORE)))
                .as("no backup: the schema did not move")
                .contains("migrated by ghelamco-alert-1.5.0.jar");
    }

    @Test
    void aTrialWhoseSwitchNeverHappenedIsDroppedAndTheRunningReleaseStays() throws Exception {
        release("1.5.0");
        release("1.6.0");
        link("current", "1.5.0");
        trials.begin(new PendingTrial(
                ReleaseVersion.of("1.6.0"),
                ReleaseVersion.of("1.5.0"),
                Instant.parse("2026-12-07T10:00:00Z"),
                Optional.empty()));

        start(0);

        assertThat(started()).containsExactly(jar("1.5.0"));
        assertThat(Files.readSymbolicLink(data.resolve("current"))).isEqualTo(Path.of("releases/1.5.0"));
        assertThat(trials.pending()).isEmpty();
        assertThat(trials.rolledBack().map(RolledBackRelease::version)).contains(ReleaseVersion.of("1.6.0"));
    }

    private int start(int exitCode) throws Exception {
        var builder = new ProcessBuilder(home.resolve("kiosk-session.sh").toString(), "--config", "kiosk.yaml")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        root.resolve("session.out").toFile()));
        var environment = builder.environment();
        environment.put("GHELAMCO_HOME", home.toString());
        environment.put("RUNTIME_DIRECTORY", run.toString());
        environment.put("GHELAMCO__KIOSK__DATADIRECTORY", data.toString());
        environment.put("FAKE_EXIT", Integer.toString(exitCode));
        var process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private List<String> started() throws IOException {
        return Files.readAllLines(run.resolve("started"), StandardCharsets.UTF_8);
    }

    private void release(String version) throws IOException {
        var folder = Files.createDirectories(data.resolve("releases/" + version));
        Files.createDirectories(folder.resolve("lib"));
        Files.writeString(folder.resolve("ghelamco-alert-" + version + ".jar"), version);
    }

    private String jar(String version) {
        return data.resolve("current/ghelamco-alert-" + version + ".jar").toString();
    }

    private void link(String name, String version) throws IOException {
        Files.deleteIfExists(data.resolve(name));
        Files.createSymbolicLink(data.resolve(name), Path.of("releases", version));
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
