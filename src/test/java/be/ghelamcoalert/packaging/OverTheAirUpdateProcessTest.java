package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.testing.IntegrationTest;
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
        assertThat(running.jar()).contains(rig.data().resolve("current/ghelamco-alert-" + NEXT + ".jar").toString());
        assertThat(rig.systemd().exits()).as("the old release ended for the restart").startsWith(7);
        assertThat(rig.jobs().execution("update-1-5-0").detail("summary")).get().asString().isEqualTo("release 1.5.0 runs and came up healthy");
        assertThat(rig.storedEventIds()).contains("committed-1");
    }
}
