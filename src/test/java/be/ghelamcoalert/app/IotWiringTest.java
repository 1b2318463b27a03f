package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.EventId;
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

/** Metrics always; the cloud only when configured and usable, and the status bar says which. */
class IotWiringTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(NOW, ZoneId.of("Europe/Brussels"));

    @Test
    void withoutConfigurationTheKioskRunsOfflineAndStillKeepsMetrics() {
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dir.resolve("data"))) {
            var cloud = IotWiring.start(kiosk, false);

            assertThat(kiosk.status().cloud().state()).isEqualTo(CloudStatus.State.NOT_CONFIGURED);
            assertThat(kiosk.status().cloud().detail()).contains("running offline");
            assertThat(cloud.device()).isEmpty();

            kiosk.commands().execute(new CreateCustomEvent(new EventId("gala"), "Gala", LocalDate.of(2026, 12, 1), LocalTime.of(20, 0),
                    Optional.empty()), Actor.touchScreen());
            assertThat(cloud.jobs().latest(10)).isEmpty();
        }
        // The unfinished window was stored at shutdown: the metrics screen sees it after a restart.
        try (var restarted = Kiosk.open(KioskConfig.defaults(), clock, dir.resolve("data"))) {
            var cloud = IotWiring.start(restarted, false);
            assertThat(cloud.metrics().windowsBetween(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1))))
                    .singleElement().satisfies(w -> assertThat(w.value(MetricNames.EVENTS_CREATED)).isEqualTo(1));
        }
    }

    @Test
    void aPrivateKeyOthersCanReadKeepsTheKioskOfflineAndSaysHowToFixIt() throws Exception {
        var key = Files.writeString(dir.resolve("private.pem.key"), "not really a key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        var iot = new IotSettings("localhost", 8883, "lobby-1", dir.resolve("device.pem.crt").toString(), key.toString(),
                Optional.empty(), null, null, null, null);
        var defaults = KioskConfig.defaults();
        var config = defaults.withIot(Optional.of(iot));

        try (var kiosk = Kiosk.open(config, clock, dir.resolve("data"))) {
            var cloud = IotWiring.start(kiosk, false);

            assertThat(cloud.device()).isEmpty();
            assertThat(kiosk.status().cloud().state()).isEqualTo(CloudStatus.State.OFFLINE);
            assertThat(kiosk.status().cloud().detail()).contains(key.toString()).contains("chmod 600");
        }
    }

    @Test
    void demoModeNeverConnects() throws Exception {
        var iot = new IotSettings("localhost", 8883, "lobby-1", "c.pem", "k.pem", Optional.empty(), null, null, null, null);
        var defaults = KioskConfig.defaults();
        var config = defaults.withIot(Optional.of(iot));

        try (var kiosk = Kiosk.open(config, clock, dir.resolve("data"))) {
            var cloud = IotWiring.start(kiosk, true);

            assertThat(cloud.device()).isEmpty();
            assertThat(kiosk.status().cloud().detail()).contains("demo mode");
        }
    }
}
