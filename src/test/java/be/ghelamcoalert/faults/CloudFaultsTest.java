package be.ghelamcoalert.faults;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.IotYaml;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cloud that cannot work is shown on the status bar in words, and the light comes on at its
 * time all the same: the cloud starts after the alarm, on the supervisor's thread.
 */
@IntegrationTest
class CloudFaultsTest {
    @TempDir
    Path dir;

    private FaultRig rig;
    private TestCertificates pki;
    private TestCertificates.Client client;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void missingCertificate() throws Exception {
        var missing = dir.resolve("certs/device.pem.crt");
        startWith(missing, client().privateKey(), pki.caCertificate());

        assertCloudFaultShownAndLightOnTime("device certificate " + missing + " does not exist");
    }

    @Test
    void missingCa() throws Exception {
        var missing = dir.resolve("certs/AmazonRootCA1.pem");
        startWith(client().certificate(), client.privateKey(), missing);

        assertCloudFaultShownAndLightOnTime("CA certificate " + missing + " does not exist");
    }

    @Test
    void aKeyThatDoesNotParse() throws Exception {
        client();
        var key = Files.writeString(
                dir.resolve("private.pem.key"), "-----BEGIN PRIVATE KEY-----\n%%%%\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        startWith(client.certificate(), key, pki.caCertificate());

        assertCloudFaultShownAndLightOnTime("private key " + key + " is not a PEM private key");
    }

    @Test
    void aKeyOthersCanRead() throws Exception {
        Files.setPosixFilePermissions(client().privateKey(), PosixFilePermissions.fromString("rw-r--r--"));
        startWith(client.certificate(), client.privateKey(), pki.caCertificate());

        assertCloudFaultShownAndLightOnTime("chmod 600");
    }

    @Test
    void anEndpointNobodyAnswers() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        client();
        rig = new FaultRig(dir)
                .start(
                        iotYaml(closedPort, client.certificate(), client.privateKey(), pki.caCertificate()),
                        dir.resolve("none.yaml"));

        var due = rig.gala();
        rig.timeIs(due);

        assertThat(rig.lit()).as("the light does not wait for the cloud").isTrue();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> rig.device().kiosk().status().cloud().state()
                        == be.ghelamcoalert.core.model.CloudStatus.State.OFFLINE);
        assertThat(rig.statusBar().cloudProperty().get()).startsWith("Cloud: offline");
    }

    private TestCertificates.Client client() {
        pki = TestCertificates.create(dir.resolve("pki"));
        client = pki.client("lobby-faults", "ca");
        return client;
    }

    private void startWith(Path certificate, Path key, Path ca) throws Exception {
        rig = new FaultRig(dir).start(iotYaml(8883, certificate, key, ca), dir.resolve("none.yaml"));
    }

    private static String iotYaml(int port, Path certificate, Path key, Path ca) {
        return IotYaml.section("127.0.0.1", port, "lobby-faults", certificate, key, ca) + """
                  reconnectMinDelay: PT0.2S
                  reconnectMaxDelay: PT1S
                """;
    }

    private void assertCloudFaultShownAndLightOnTime(String words) {
        var cloud = rig.await(Part.CLOUD, PartHealth.State.FAILED);
        assertThat(cloud.reason()).contains(words);
        assertThat(rig.statusBar().faultsProperty().get()).startsWith("Cloud: ").contains(words);
        assertThat(rig.health(Part.ALARM).state()).isEqualTo(PartHealth.State.RUNNING);

        var due = rig.gala();
        rig.timeIs(due.minusSeconds(1));
        assertThat(rig.lit()).isFalse();
        rig.timeIs(due);
        assertThat(rig.lit())
                .as("the light comes on at its time without the cloud")
                .isTrue();
        assertThat(rig.device().health().check())
                .as("the kernel is healthy: the heartbeat goes on")
                .isEmpty();
    }
}
