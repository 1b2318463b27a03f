package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over-the-air updates with real processes end to end: the real {@code kiosk-session.sh} starting
 * real kiosk JVMs from the packaged release and from the releases the kiosk installs, restarted by
 * a stand-in for systemd whenever they end, the job from the Jobs double over Mosquitto, the bundle
 * over https. After each case: the release that runs, the data committed before the update still in
 * the store, and the job's final status.
 */
@IntegrationTest
class OverTheAirUpdateProcessTest {
    private static final String NEXT = "1.5.0";
    private static final Duration UPDATE = Duration.ofMinutes(3);

    @RegisterExtension
    final OtaRig rig = new OtaRig();

    @Test
    void aGoodReleaseRunsAfterTheRestartAndTheJobSucceeds() throws Exception {
        rig.startKiosk();
        rig.commitEvent("committed-1");

        rig.sendUpdate("update-1-5-0", NEXT, rig.bundle(NEXT, TestReleases.Kind.GOOD, Database.SCHEMA_VERSION));

        assertThat(rig.awaitFinalStatus("update-1-5-0", UPDATE)).isEqualTo("SUCCEEDED");
        var running = rig.awaitRunning(NEXT);
        assertThat(running.jar())
                .contains(rig.data()
                        .resolve("current/ghelamco-alert-" + NEXT + ".jar")
                        .toString());
        assertThat(rig.systemd().exits())
                .as("the old release ended for the restart")
                .startsWith(7);
        assertThat(rig.jobs().execution("update-1-5-0").detail("summary"))
                .get()
                .asString()
                .isEqualTo("release 1.5.0 runs and came up healthy");
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void aReleaseThatCrashesAtStartIsRolledBackByTheLaunchersCountBeforeSystemdsStartLimit() throws Exception {
        var unit = Files.readString(Path.of("packaging/pi/ghelamco-alert.service"));
        assertThat(unit)
                .as("systemd's default start limit (5 starts in 10 s) is never reached with 3 s between starts, "
                        + "so the launcher's 3 starts on trial come first")
                .contains("RestartSec=3")
                .doesNotContain("StartLimit");
        rig.startKiosk();
        rig.commitEvent("committed-1");

        rig.sendUpdate(
                "update-1-5-0", NEXT, rig.bundle(NEXT, TestReleases.Kind.CRASHES_AT_START, Database.SCHEMA_VERSION));

        assertThat(rig.awaitFinalStatus("update-1-5-0", UPDATE)).isEqualTo("FAILED");
        assertThat(rig.jobs().execution("update-1-5-0").detail("reason"))
                .get()
                .asString()
                .contains("release 1.5.0 did not come up healthy in 3 starts");
        var running = rig.awaitRunning(OtaRig.PACKAGED);
        assertThat(running.jar())
                .contains(rig.home().resolve("ghelamco-alert.jar").toString());
        assertThat(rig.systemd().exits())
                .as("exit 7 for the update, then three crashes on trial")
                .startsWith(7, 1, 1, 1);
        assertThat(rig.data().resolve("current")).doesNotExist();
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void aReleaseThatNeverDrawsIsRolledBackAtTheTrialLimitNamingTheScreen() throws Exception {
        rig.startKiosk();
        rig.commitEvent("committed-1");

        rig.sendUpdate("update-1-5-0", NEXT, rig.bundle(NEXT, TestReleases.Kind.NEVER_DRAWS, Database.SCHEMA_VERSION));

        assertThat(rig.awaitFinalStatus("update-1-5-0", UPDATE.plus(OtaRig.TRIAL_LIMIT)))
                .isEqualTo("FAILED");
        assertThat(rig.jobs().execution("update-1-5-0").detail("reason"))
                .get()
                .asString()
                .contains("release 1.5.0 rolled back: not healthy " + OtaRig.TRIAL_LIMIT.toSeconds()
                        + " s after the switch: SCREEN FAILED");
        rig.awaitRunning(OtaRig.PACKAGED);
        assertThat(rig.systemd().exits())
                .as("the update's restart, then the rollback's (no crash)")
                .startsWith(7, 7);
        assertThat(rig.systemd().starts().stream()
                        .filter(s -> s.log().contains("Over-the-air updates on: release 1.5.0 runs"))
                        .count())
                .as("it ran once, judged itself and asked for the rollback")
                .isEqualTo(1);
        assertThat(rig.storedEventIds()).contains("committed-1");
    }

    @Test
    void aReleaseWhoseMigrationFailsIsRolledBackAndTheStoreBackupPutBack() throws Exception {
        rig.startKiosk();
        rig.commitEvent("committed-1");

        rig.sendUpdate(
                "update-1-5-0",
                NEXT,
                rig.bundle(NEXT, TestReleases.Kind.FAILING_MIGRATION, TestReleases.FAILING_SCHEMA));

        assertThat(rig.awaitFinalStatus("update-1-5-0", UPDATE)).isEqualTo("FAILED");
        assertThat(rig.jobs().execution("update-1-5-0").detail("reason"))
                .get()
                .asString()
                .contains("release 1.5.0 did not come up healthy in 3 starts");
        rig.awaitRunning(OtaRig.PACKAGED);
        assertThat(rig.systemd().starts())
                .anySatisfy(start -> assertThat(start.log()).contains("V22__failing.sql"));
        assertThat(rig.data().resolve("backups/before-1.5.0.mv.db")).exists();
        assertThat(rig.eventColumns())
                .as("the half-applied migration went with the backup")
                .doesNotContain(TestReleases.FAILING_MIGRATION_COLUMN)
                .contains("title");
        assertThat(rig.storedEventIds()).contains("committed-1");
    }
}
