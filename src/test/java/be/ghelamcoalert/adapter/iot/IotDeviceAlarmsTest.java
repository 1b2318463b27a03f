package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TestMqttClient;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alarm messages as a subscriber of {@code ghelamco-alert/+/alarms} receives them from the real broker. */
@IntegrationTest
class IotDeviceAlarmsTest {
    static final String THING = "lobby-test";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    TestCertificates pki;
    TlsBroker broker;
    FakeJobsService service;
    TestMqttClient listener;
    DeviceUnderTest kiosk;
    final List<String> topics = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        service = new FakeJobsService(THING, broker, pki);
        listener = new TestMqttClient(
                "alarm-listener", broker, pki, List.of("ghelamco-alert/+/alarms"), (topic, payload) -> {
                    topics.add(topic);
                    messages.add(payload);
                });
        listener.awaitSubscribed();
        kiosk = new DeviceUnderTest(
                dir.resolve("data"), new MutableClock(Instant.parse("2026-12-01T14:00:00Z"), DeviceUnderTest.ZONE));
    }

    @AfterEach
    void stop() {
        kiosk.close();
        listener.close();
        service.close();
        broker.close();
    }

    @Test
    void publishesTheLightAndTheOverdueInDutchAndEnglish() throws Exception {
        kiosk.commands.execute(
                new CreateCustomEvent(
                        new EventId("gala"),
                        "KAA Gent - Club Brugge",
                        LocalDate.of(2026, 12, 1),
                        LocalTime.of(20, 45),
                        Optional.empty()),
                Actor.touchScreen());
        var device = kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        await().atMost(WAIT)
                .until(() -> device.alarms().lastLook().isPresent()); // the first look took stock at 15:00 in Gent

        kiosk.clock.set(Instant.parse("2026-12-01T15:45:00Z")); // 16:45 in Gent: the light comes on
        device.everyMinute();
        await().atMost(WAIT).until(() -> messages.size() == 1);
        await().atMost(WAIT).until(() -> device.alarms().lastLook().equals(Optional.of(kiosk.clock.instant())));
        kiosk.clock.set(Instant.parse("2026-12-01T16:45:00Z")); // 17:45: the deadline passed
        device.everyMinute();
        await().atMost(WAIT).until(() -> messages.size() == 2);

        var json = new ObjectMapper();
        var light = json.readTree(messages.get(0));
        assertThat(topics).containsOnly("ghelamco-alert/" + THING + "/alarms");
        assertThat(light.path("transition").asText()).isEqualTo("LIGHT_ON");
        assertThat(light.path("thing").asText()).isEqualTo(THING);
        assertThat(light.path("eventId").asText()).isEqualTo("gala");
        assertThat(light.path("deadline").asText()).isEqualTo("2026-12-01T17:45+01:00");
        assertThat(light.path("text").path("nl").asText())
                .isEqualTo("Parking moet leeg om 17:45 — KAA Gent - Club Brugge (Device under test)");
        assertThat(light.path("text").path("en").asText())
                .isEqualTo("Car park must be clear by 17:45 — KAA Gent - Club Brugge (Device under test)");
        assertThat(light.path("message").asText())
                .isEqualTo(light.path("text").path("nl").asText() + "\n"
                        + light.path("text").path("en").asText());
        var overdue = json.readTree(messages.get(1));
        assertThat(overdue.path("transition").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.path("at").asText()).isEqualTo("2026-12-01T16:45:00Z");
    }
}
