package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the kiosk disconnects and releases the device's native (CRT) client. */
@IntegrationTest
class IotDeviceShutdownTest {
    @TempDir
    Path dir;

    @Test
    void closingTheDeviceDisconnectsAndReleasesItsNativeClient() throws Exception {
        var pki = TestCertificates.create(dir.resolve("pki"));
        try (var broker = TlsBroker.start(dir.resolve("broker"), pki);
                var kiosk = new DeviceUnderTest(
                        dir.resolve("data"),
                        new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), DeviceUnderTest.ZONE))) {
            var device =
                    kiosk.connect(DeviceUnderTest.settings("lobby-test", broker, pki.client("lobby-test", "ca"), pki));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
            var mqtt = device.connection().mqtt();
            assertThat(mqtt.isNull()).isFalse();

            kiosk.disconnect();

            assertThat(mqtt.isNull())
                    .as("the MQTT5 client's native handle is released")
                    .isTrue();
            assertThat(mqtt.getIsConnected()).isFalse();
            assertThat(kiosk.status.cloud().state()).isEqualTo(CloudStatus.State.OFFLINE);
            assertThat(kiosk.status.cloud().detail()).isEqualTo("stopped");
        }
    }
}
