package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS, the cloud status, the key check and the shadow, against the real broker. */
@IntegrationTest
class IotDeviceConnectionTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    TestCertificates pki;
    TlsBroker broker;
    FakeJobsService service;
    DeviceUnderTest kiosk;

    @BeforeEach
    void start() throws Exception {
        pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        service = new FakeJobsService(THING, broker, pki);
        kiosk = new DeviceUnderTest(dir.resolve("data"), new MutableClock(NOW, DeviceUnderTest.ZONE));
    }

    @AfterEach
    void stop() {
        kiosk.close();
        service.close();
        broker.close();
    }

    @Test
    void aClientCertificateFromAnotherCaIsRefused() {
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "foreign-ca"), pki));

        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.OFFLINE);
        assertThat(kiosk.status.cloud().detail()).startsWith("cannot connect to localhost:" + broker.port());
        assertThat(broker.log()).containsIgnoringCase("certificate");
        assertThat(service.startNextRequests()).isZero();
    }

    @Test
    void goesOnlineAndOfflineAndKeepsTheMomentItWentOffline() {
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        assertThat(kiosk.status.cloud().since()).isEqualTo(NOW);

        broker.stop();
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.OFFLINE);
        var offlineSince = kiosk.status.cloud().since();
        kiosk.clock.advance(Duration.ofMinutes(3));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().detail().startsWith("cannot connect"));
        assertThat(kiosk.status.cloud().since()).isEqualTo(offlineSince);

        broker.restart();
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        assertThat(kiosk.status.cloud().since()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
    }

    @Test
    void refusesAPrivateKeyOthersCanRead() throws Exception {
        var cert = pki.client("open-key", "ca");
        Files.setPosixFilePermissions(cert.privateKey(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> kiosk.connect(DeviceUnderTest.settings(THING, broker, cert, pki)))
                .isInstanceOf(IotSetupException.class)
                .hasMessageContaining(cert.privateKey().toAbsolutePath().toString())
                .hasMessageContaining("chmod 600");
    }

    @Test
    void reportsTheStateInTheShadowOnChange() {
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> !service.shadowReports().isEmpty());
        var first = service.shadowReports().getFirst();
        assertThat(first.path("appVersion").asText()).isEqualTo("test-1.0");
        assertThat(first.path("relay").path("on").asBoolean()).isFalse();
        assertThat(first.path("nextEvent").path("id").asText()).isEqualTo("none");

        kiosk.commands.execute(new CreateCustomEvent(new EventId("gala"), "Gala", LocalDate.of(2026, 11, 28), LocalTime.of(20, 0),
                Optional.empty()), Actor.touchScreen());
        kiosk.status.light(new LightStatus(LightStatus.LightPattern.STEADY, "light test", true, ""));

        await().atMost(WAIT).until(() -> {
            var last = service.shadowReports().getLast();
            return last.path("nextEvent").path("title").asText().equals("Gala") && last.path("relay").path("on").asBoolean();
        });
        var last = service.shadowReports().getLast();
        assertThat(last.path("nextEvent").path("deadline").asText()).isEqualTo("2026-11-28T17:00+01:00");
        assertThat(last.path("counts").path("upcomingEvents").asInt()).isEqualTo(1);
        assertThat(last.path("nextAlert").path("kind").asText()).isEqualTo("NOTICE");
    }

    @Test
    void foldsABurstOfChangesIntoFewShadowUpdates() {
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> !service.shadowReports().isEmpty());
        var before = service.shadowReports().size();

        for (int i = 0; i < 50; i++) {
            kiosk.status.light(new LightStatus(i % 2 == 0 ? LightStatus.LightPattern.STEADY : LightStatus.LightPattern.SLOW_BLINK,
                    "burst " + i, true, ""));
        }

        await().atMost(WAIT).until(() -> service.shadowReports().getLast().path("relay").path("reason").asText().equals("burst 49"));
        assertThat(service.shadowReports().size() - before).isBetween(1, 5);
    }
}
