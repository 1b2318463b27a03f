package be.ghelamcoalert.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code iot} section of kiosk.yaml. */
class IotSettingsTest {
    @TempDir
    Path dir;

    @Test
    void absentSectionMeansOffline() {
        assertThat(new ConfigLoader(Map.of())
                        .load(Path.of("kiosk-config/kiosk.yaml"))
                        .iot())
                .isEmpty();
    }

    @Test
    void readsTheSectionWithDefaults() throws Exception {
        var file = dir.resolve("kiosk.yaml");
        Files.writeString(file, """
                iot:
                  endpoint: abc-ats.iot.eu-west-1.amazonaws.com
                  thingName: ghelamco-lobby-1
                  certificate: /etc/ghelamco-alert/device.pem.crt
                  privateKey: /etc/ghelamco-alert/private.pem.key
                """);

        var iot = new ConfigLoader(Map.of()).load(file).iot().orElseThrow();

        assertThat(iot.port()).isEqualTo(8883);
        assertThat(iot.caCertificate()).isEmpty();
        assertThat(iot.reconnectMaxDelay()).isEqualTo(Duration.ofMinutes(2));
        assertThat(iot.shadowInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(iot.metricsTopic()).isEqualTo("ghelamco-alert/ghelamco-lobby-1/metrics");
    }

    @Test
    void anEnvironmentOverrideCanPointAtAnotherEndpoint() throws Exception {
        var file = dir.resolve("kiosk.yaml");
        Files.writeString(file, """
                iot:
                  endpoint: abc-ats.iot.eu-west-1.amazonaws.com
                  thingName: ghelamco-lobby-1
                  certificate: c.pem
                  privateKey: k.pem
                """);

        var iot = new ConfigLoader(Map.of("GHELAMCO__IOT__PORT", "443"))
                .load(file)
                .iot()
                .orElseThrow();

        assertThat(iot.port()).isEqualTo(443);
    }

    @Test
    void aBadThingNameOrAMissingKeyNamesTheSetting() throws Exception {
        var file = dir.resolve("kiosk.yaml");
        Files.writeString(file, """
                iot:
                  endpoint: abc-ats.iot.eu-west-1.amazonaws.com
                  thingName: "lobby kiosk/1"
                  certificate: c.pem
                  privateKey: k.pem
                """);
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("iot")
                .hasMessageContaining("thingName");

        Files.writeString(file, """
                iot:
                  endpoint: abc-ats.iot.eu-west-1.amazonaws.com
                  thingName: lobby-1
                  certificate: c.pem
                """);
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("privateKey is required");
    }
}
