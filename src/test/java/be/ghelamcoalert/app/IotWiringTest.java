package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.adapter.iot.IotSetupException;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metrics always; the cloud only when configured and usable. A configuration that cannot work is
 * thrown (for the supervisor to show and retry) with words that name the file and the setting.
 */
@IntegrationTest
class IotWiringTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(NOW, ZoneId.of("Europe/Brussels"));

    @Test
    void withoutConfigurationTheCloudIsOffAndTheMetricsAreStillKept() {
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dir.resolve("data"))) {
            assertThat(IotWiring.start(kiosk, false)).isEmpty();
            assertThat(kiosk.status().cloud().state()).isEqualTo(CloudStatus.State.NOT_CONFIGURED);
            assertThat(kiosk.status().cloud().detail()).contains("running offline");
            assertThat(kiosk.status().health(Part.CLOUD).state()).isEqualTo(PartHealth.State.OFF);

            kiosk.commands()
                    .execute(
                            new CreateCustomEvent(
                                    new EventId("gala"),
                                    "Gala",
                                    LocalDate.of(2026, 12, 1),
                                    LocalTime.of(20, 0),
                                    Optional.empty()),
                            Actor.touchScreen());
        }
        // The unfinished window was stored at shutdown: the metrics screen sees it after a restart.
        try (var restarted = Kiosk.open(KioskConfig.defaults(), clock, dir.resolve("data"))) {
            assertThat(restarted
                            .metricsOutbox()
                            .windowsBetween(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1))))
                    .singleElement()
                    .satisfies(
                            w -> assertThat(w.value(MetricNames.EVENTS_CREATED)).isEqualTo(1));
        }
    }

    @Test
    void aPrivateKeyOthersCanReadIsRefusedWithHowToFixIt() throws Exception {
        var key = Files.writeString(dir.resolve("private.pem.key"), "not really a key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertRefused(settings(dir.resolve("device.pem.crt"), key, Optional.empty()), key.toString(), "chmod 600");
    }

    @Test
    void aMissingCertificateIsNamedWithItsSetting() {
        var pki = TestCertificates.create(dir.resolve("pki"));
        var client = pki.client("lobby-1", "ca");
        var missing = dir.resolve("certs/device.pem.crt");

        assertRefused(
                settings(missing, client.privateKey(), Optional.of(pki.caCertificate())),
                "device certificate " + missing,
                "does not exist (iot.certificate)");
    }

    @Test
    void aMissingCaIsNamedWithItsSetting() {
        var pki = TestCertificates.create(dir.resolve("pki"));
        var client = pki.client("lobby-1", "ca");
        var missing = dir.resolve("certs/AmazonRootCA1.pem");

        assertRefused(
                settings(client.certificate(), client.privateKey(), Optional.of(missing)),
                "CA certificate " + missing,
                "does not exist (iot.caCertificate)");
    }

    @Test
    void aKeyThatDoesNotParseIsRefused() throws Exception {
        var pki = TestCertificates.create(dir.resolve("pki"));
        var client = pki.client("lobby-1", "ca");
        var key = Files.writeString(
                dir.resolve("private.pem.key"),
                "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END RSA PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        assertRefused(
                settings(client.certificate(), key, Optional.of(pki.caCertificate())), key.toString(), "is damaged");
    }

    @Test
    void demoModeNeverConnects() {
        var iot = new IotSettings(
                "localhost", 8883, "lobby-1", "c.pem", "k.pem", Optional.empty(), null, null, null, null);
        try (var kiosk = Kiosk.open(KioskConfig.defaults().withIot(Optional.of(iot)), clock, dir.resolve("data"))) {
            assertThat(IotWiring.start(kiosk, true)).isEmpty();
            assertThat(kiosk.status().cloud().detail()).contains("demo mode");
        }
    }

    private static IotSettings settings(Path certificate, Path key, Optional<Path> ca) {
        return new IotSettings(
                "127.0.0.1",
                8883,
                "lobby-1",
                certificate.toString(),
                key.toString(),
                ca.map(Path::toString),
                null,
                null,
                null,
                null);
    }

    /** The start throws, and the status bar's cloud text says the same. */
    private void assertRefused(IotSettings iot, String... words) {
        try (var kiosk = Kiosk.open(KioskConfig.defaults().withIot(Optional.of(iot)), clock, dir.resolve("data"))) {
            var refused =
                    assertThatThrownBy(() -> IotWiring.start(kiosk, false)).isInstanceOf(IotSetupException.class);
            for (var word : words) {
                refused.hasMessageContaining(word);
                assertThat(kiosk.status().cloud().detail()).contains(word);
            }
            assertThat(kiosk.status().cloud().state()).isEqualTo(CloudStatus.State.OFFLINE);
        }
    }
}
