package be.ghelamcoalert.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.IotYaml;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MQTT broker (AWS IoT, here a local Mosquitto with mutual TLS) gone for a while, or coming and going. */
@IntegrationTest
class BrokerFaultsTest {
    private static final String THING = "lobby-flaps";
    private static final Duration IO = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private TlsBroker broker;
    private FaultRig rig;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
        broker.close();
    }

    @Test
    void aBrokerDownForTenMinutesLeavesTheLightAloneAndTheKioskReconnects() throws Exception {
        startOnline();

        broker.stop();
        await("offline").atMost(IO).until(() -> cloud() == CloudStatus.State.OFFLINE);
        var due = rig.gala(); // a command on the screen works offline
        rig.timeIs(due);
        assertThat(rig.lit()).isTrue();
        rig.timeIs(due.plus(Duration.ofMinutes(10)));
        assertThat(rig.statusBar().cloudProperty().get()).startsWith("Cloud: offline");

        broker.restart();
        await("online again").atMost(IO).until(() -> cloud() == CloudStatus.State.ONLINE);
        assertThat(rig.lit()).isTrue();
    }

    @Test
    void aBrokerFlapping50TimesLeavesTheLightAloneAndLeaksNoThreads() throws Exception {
        startOnline();
        int threadsOnline = Thread.activeCount();

        for (int i = 0; i < 50; i++) {
            broker.restart();
        }
        await("online after the flapping").atMost(IO).until(() -> cloud() == CloudStatus.State.ONLINE);
        var due = rig.gala();
        rig.timeIs(due);

        assertThat(rig.lit()).isTrue();
        assertThat(rig.device().health().check()).isEmpty();
        await("threads settle")
                .atMost(IO)
                .untilAsserted(() -> assertThat(Thread.activeCount())
                        .as("threads after 50 reconnects")
                        .isLessThanOrEqualTo(threadsOnline + 3));
    }

    private void startOnline() throws Exception {
        var pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        var client = pki.client(THING, "ca");
        rig = new FaultRig(dir)
                .start(
                        IotYaml.section(
                                        "localhost",
                                        broker.port(),
                                        THING,
                                        client.certificate(),
                                        client.privateKey(),
                                        pki.caCertificate())
                                + """
                  reconnectMinDelay: PT0.1S
                  reconnectMaxDelay: PT0.5S
                  requestTimeout: PT3S
                """,
                        dir.resolve("none.yaml"));
        await("online").atMost(IO).until(() -> cloud() == CloudStatus.State.ONLINE);
    }

    private CloudStatus.State cloud() {
        return rig.device().kiosk().status().cloud().state();
    }
}
