package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A power cut (SIGKILL to the kiosk and everything under it) at each step of an update, held there
 * deterministically: the download stalled half-way by the server, the unpack, the switch, the
 * restart and the trial held at their first line by the JVM's debugger, the launcher's store backup held in its
 * {@code sync}. After the boot that follows: one whole release runs, the store holds what was
 * committed before, and the job ends with a final status, retried where the step can be done again.
 */
@IntegrationTest
class PowerLossDuringUpdateTest {
    private static final String NEXT = "1.5.0";
    private static final Duration UPDATE = Duration.ofMinutes(3);
    private static final String JOB = "update-1-5-0";

    @RegisterExtension
    final OtaRig rig = new OtaRig();

    @Test
    void duringTheDownloadTheJobIsDownloadedAfreshAfterTheBootAndSucceeds() throws Exception {
        rig.startKiosk();
        rig.commitEvent("committed-1");
        var bundle = rig.bundle(NEXT, TestReleases.Kind.GOOD, Database.SCHEMA_VERSION);
        var halfSent = rig.bundles().stallHalfWay(bundle.getFileName().toString());

        rig.sendUpdate(JOB, NEXT, bundle);
        assertThat(halfSent.await(UPDATE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        await("the kiosk in the middle of the download")
                .atMost(UPDATE)
                .until(() -> !partialDownloads().isEmpty());
        rig.bundles().stopStalling(bundle.getFileName().toString()); // the requests after the boot get it whole
        rig.systemd().powerCut();

        assertSucceededAndRuns(NEXT);
        assertThat(partialDownloads()).isEmpty();
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void duringTheUnpackTheHalfUnpackedFolderIsReplacedWhenTheJobComesAgain() throws Exception {
        var unpacking =
                rig.startKioskPausingAt(new OtaRig.Step("be.ghelamcoalert.adapter.release.ReleaseVerifier", "newFile"));
        rig.commitEvent("committed-1");

        rig.sendUpdate(JOB, NEXT, rig.bundle(NEXT, TestReleases.Kind.GOOD, Database.SCHEMA_VERSION));
        unpacking.awaitReached(UPDATE);
        assertThat(rig.data().resolve("releases/1.5.0.partial"))
                .as("held in the unpack")
                .isDirectory();
        assertThat(rig.data().resolve("releases/1.5.0")).doesNotExist();
        rig.systemd().powerCut();

        assertSucceededAndRuns(NEXT);
        assertThat(rig.data().resolve("releases/1.5.0.partial")).doesNotExist();
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void duringTheStoreBackupTheNextBootBacksUpAgainAndTheReleaseIsKept() throws Exception {
        rig.startKiosk();
        rig.commitEvent("committed-1");
        rig.holdTheNextStoreBackup();

        // A release that declares a newer schema: the launcher backs up the store before its first start.
        rig.sendUpdate(JOB, NEXT, rig.bundle(NEXT, TestReleases.Kind.GOOD, "22"));
        await().atMost(UPDATE).until(() -> Files.exists(rig.holdingBackupMarker()));
        assertThat(rig.data().resolve("backups/before-1.5.0.mv.db"))
                .as("held between the copy and its rename")
                .doesNotExist();
        rig.systemd().powerCut();

        assertSucceededAndRuns(NEXT);
        assertThat(rig.data().resolve("backups/before-1.5.0.mv.db")).exists();
        assertThat(rig.data().resolve("backups/before-1.5.0.mv.db.partial")).doesNotExist();
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void beforeTheSwitchTheTrialIsDroppedTheOldReleaseRunsAndTheJobFails() throws Exception {
        var switching =
                rig.startKioskPausingAt(new OtaRig.Step("be.ghelamcoalert.adapter.release.ReleaseSwitch", "switchTo"));
        rig.commitEvent("committed-1");

        rig.sendUpdate(JOB, NEXT, rig.bundle(NEXT, TestReleases.Kind.GOOD, Database.SCHEMA_VERSION));
        switching.awaitReached(UPDATE);
        assertThat(rig.data().resolve("update-trial.properties"))
                .as("the trial is recorded before the switch")
                .exists();
        rig.systemd().powerCut();

        assertThat(rig.awaitFinalStatus(JOB, UPDATE)).isEqualTo("FAILED");
        assertThat(rig.jobs().execution(JOB).detail("reason"))
                .get()
                .asString()
                .contains("the switch to release 1.5.0 did not happen");
        var running = rig.awaitRunning(OtaRig.PACKAGED);
        assertThat(running.jar())
                .contains(rig.home().resolve("ghelamco-alert.jar").toString());
        assertThat(rig.data().resolve("current")).doesNotExist();
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void afterTheSwitchBeforeTheRestartTheBootStartsTheNewReleaseOnTrial() throws Exception {
        var restarting = rig.startKioskPausingAt(new OtaRig.Step("be.ghelamcoalert.app.UpdateRestart", "endWhenDark"));
        rig.commitEvent("committed-1");

        rig.sendUpdate(JOB, NEXT, rig.bundle(NEXT, TestReleases.Kind.GOOD, Database.SCHEMA_VERSION));
        restarting.awaitReached(UPDATE);
        await("IN_PROGRESS reported before the restart")
                .atMost(UPDATE)
                .until(() -> rig.jobs().statusesOf(JOB).contains("IN_PROGRESS"));
        assertThat(Files.readSymbolicLink(rig.data().resolve("current"))).isEqualTo(Path.of("releases/1.5.0"));
        rig.systemd().powerCut();

        assertSucceededAndRuns(NEXT);
        assertThat(rig.systemd().exits())
                .as("no exit 7: the power cut came first")
                .doesNotContain(7);
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void duringTheTrialTheLauncherStartsTheReleaseAgainAndItIsKept() throws Exception {
        rig.startKiosk();
        rig.commitEvent("committed-1");
        int restart = rig.pauseNextStart();

        rig.sendUpdate(JOB, NEXT, rig.bundle(NEXT, TestReleases.Kind.GOOD, Database.SCHEMA_VERSION));
        var judging = rig.pauseAt(restart, new OtaRig.Step("be.ghelamcoalert.app.TrialWatch", "run"), UPDATE);
        judging.awaitReached(UPDATE);
        assertThat(rig.data().resolve("update-trial.properties"))
                .as("on trial, not judged yet")
                .exists();
        rig.systemd().powerCut();

        assertSucceededAndRuns(NEXT);
        assertThat(rig.data().resolve("update-trial.properties")).doesNotExist();
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    private void assertSucceededAndRuns(String version) {
        assertThat(rig.awaitFinalStatus(JOB, UPDATE)).isEqualTo("SUCCEEDED");
        var running = rig.awaitRunning(version);
        assertThat(running.jar())
                .contains(rig.data()
                        .resolve("current/ghelamco-alert-" + version + ".jar")
                        .toString());
    }

    private java.util.List<Path> partialDownloads() throws Exception {
        var downloads = rig.data().resolve("downloads");
        if (!Files.isDirectory(downloads)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial"))
                    .toList();
        }
    }
}
