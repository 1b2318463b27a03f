package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mutual TLS, the cloud status, the key check and the shadow, against the real broker. */
@IntegrationTest
class IotDeviceConnectionTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final TestCloud cloud = new TestCloud(THING, NOW);

    @Test
    void aClientCertificateFromAnotherCaIsRefused() {
        cloud.kiosk().connect(cloud.settings("foreign-ca"));

        await().atMost(WAIT).until(() -> cloud.kiosk().status.cloud().state() == CloudStatus.State.OFFLINE);
        assertThat(cloud.kiosk().status.cloud().detail())
                .startsWith("cannot connect to localhost:" + cloud.broker().port());
        assertThat(cloud.broker().log()).containsIgnoringCase("certificate");
        assertThat(cloud.service().startNextRequests()).isZero();
    }

    @Test
    void goesOnlineAndOfflineAndKeepsTheMomentItWentOffline() {
        cloud.connect(WAIT);
        assertThat(cloud.kiosk().status.cloud().since()).isEqualTo(NOW);

        cloud.broker().stop();
        await().atMost(WAIT).until(() -> cloud.kiosk().status.cloud().state() == CloudStatus.State.OFFLINE);
        var offlineSince = cloud.kiosk().status.cloud().since();
        cloud.kiosk().clock.advance(Duration.ofMinutes(3));
        await().atMost(WAIT).until(() -> cloud.kiosk().status.cloud().detail().startsWith("cannot connect"));
        assertThat(cloud.kiosk().status.cloud().since()).isEqualTo(offlineSince);

        cloud.broker().restart();
        await().atMost(WAIT).until(() -> cloud.kiosk().status.cloud().state() == CloudStatus.State.ONLINE);
        assertThat(cloud.kiosk().status.cloud().since()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
    }

    @Test
    void refusesAPrivateKeyOthersCanRead() throws Exception {
        var cert = cloud.pki().client("open-key", "ca");
        Files.setPosixFilePermissions(cert.privateKey(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(
                        () -> cloud.kiosk().connect(DeviceUnderTest.settings(THING, cloud.broker(), cert, cloud.pki())))
                .isInstanceOf(IotSetupException.class)
                .hasMessageContaining(cert.privateKey().toAbsolutePath().toString())
                .hasMessageContaining("chmod 600");
    }

    @Test
    void reportsTheStateInTheShadowOnChange() {
        cloud.kiosk().connect(cloud.settings("ca"));
        await().atMost(WAIT).until(() -> !cloud.service().shadowReports().isEmpty());
        var first = cloud.service().shadowReports().getFirst();
        assertThat(first.path("appVersion").asText()).isEqualTo("test-1.0");
        assertThat(first.path("relay").path("on").asBoolean()).isFalse();
        assertThat(first.path("nextEvent").path("id").asText()).isEqualTo("none");

        cloud.kiosk()
                .commands
                .execute(
                        new CreateCustomEvent(
                                new EventId("gala"),
                                "Gala",
                                LocalDate.of(2026, 11, 28),
                                LocalTime.of(20, 0),
                                Optional.empty()),
                        Actor.touchScreen());
        cloud.kiosk().status.light(new LightStatus(LightStatus.LightPattern.STEADY, "light test", true, ""));

        await().atMost(WAIT).until(() -> {
            var last = cloud.service().shadowReports().getLast();
            return last.path("nextEvent").path("title").asText().equals("Gala")
                    && last.path("relay").path("on").asBoolean();
        });
        var last = cloud.service().shadowReports().getLast();
        assertThat(last.path("nextEvent").path("deadline").asText()).isEqualTo("2026-11-28T17:00+01:00");
        assertThat(last.path("counts").path("upcomingEvents").asInt()).isEqualTo(1);
        assertThat(last.path("nextAlert").path("kind").asText()).isEqualTo("NOTICE");
    }

    @Test
    void foldsABurstOfChangesIntoFewShadowUpdates() {
        cloud.kiosk().connect(cloud.settings("ca"));
        await().atMost(WAIT).until(() -> !cloud.service().shadowReports().isEmpty());
        var before = cloud.service().shadowReports().size();

        for (int i = 0; i < 50; i++) {
            cloud.kiosk()
                    .status
                    .light(new LightStatus(
                            i % 2 == 0 ? LightStatus.LightPattern.STEADY : LightStatus.LightPattern.SLOW_BLINK,
                            "burst " + i,
                            true,
                            ""));
        }

        await().atMost(WAIT)
                .until(() -> cloud.service()
                        .shadowReports()
                        .getLast()
                        .path("relay")
                        .path("reason")
                        .asText()
                        .equals("burst 49"));
        assertThat(cloud.service().shadowReports().size() - before).isBetween(1, 5);
    }
}
