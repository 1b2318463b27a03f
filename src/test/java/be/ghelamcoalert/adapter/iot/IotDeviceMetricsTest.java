package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TestMqttClient;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric windows reach the metrics topic as CloudWatch EMF, in order, none lost while offline. */
@IntegrationTest
class IotDeviceMetricsTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    TestCertificates pki;
    TlsBroker broker;
    TestMqttClient cloudWatch;
    DeviceUnderTest kiosk;
    IotDevice device;
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        cloudWatch = new TestMqttClient(
                "iot-rule", broker, pki, List.of("ghelamco-alert/" + THING + "/metrics"), (topic, payload) -> {
                    try {
                        received.add(json.readTree(payload));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        cloudWatch.awaitSubscribed();
        kiosk = new DeviceUnderTest(dir.resolve("data"), new MutableClock(NOW, DeviceUnderTest.ZONE));
        device = kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        kiosk.metrics.heartbeat();
    }

    @AfterEach
    void stop() {
        kiosk.close();
        cloudWatch.close();
        broker.close();
    }

    @Test
    void windowsMadeWhileTheBrokerWasDownArriveAfterwardsInOrderWithoutGaps() {
        minutes(5);
        await().atMost(WAIT).until(() -> received.size() == 1);

        broker.stop();
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.OFFLINE);
        kiosk.metrics.increment(MetricNames.SNOOZES);
        minutes(30);
        assertThat(kiosk.outbox.unpublished(100)).hasSize(6);

        cloudWatch.expectReconnect();
        broker.restart();
        cloudWatch.awaitSubscribed();
        await().atMost(WAIT).until(() -> received.size() == 7);

        var starts = received.stream()
                .map(w -> Instant.parse(w.get("WindowStart").asText()))
                .toList();
        for (int i = 0; i < starts.size(); i++) {
            assertThat(starts.get(i)).isEqualTo(NOW.plus(Duration.ofMinutes(5L * i)));
            assertThat(received.get(i).get("Sequence").asLong())
                    .isEqualTo(received.getFirst().get("Sequence").asLong() + i);
            assertThat(received.get(i).get(MetricNames.HEARTBEATS).asDouble()).isEqualTo(5.0);
        }
        assertThat(received.get(1).get(MetricNames.SNOOZES).asDouble()).isEqualTo(1.0);
        assertThat(kiosk.outbox.unpublished(100)).isEmpty();
    }

    @Test
    void publishesEmbeddedMetricFormatThatCloudWatchUnderstands() {
        kiosk.metrics.increment(MetricNames.CONFIRMATIONS);
        minutes(5);
        await().atMost(WAIT).until(() -> received.size() == 1);

        var event = received.getFirst();
        var directive = event.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(event.get("_aws").get("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(directive.get("Namespace").asText()).isEqualTo("GhelamcoAlert");
        assertThat(directive.get("Dimensions").get(0).get(0).asText()).isEqualTo("ThingName");
        assertThat(event.get("ThingName").asText()).isEqualTo(THING);
        assertThat(directive.get("Metrics").findValuesAsText("Name"))
                .contains(MetricNames.HEARTBEATS, MetricNames.CONFIRMATIONS, MetricNames.JOBS_SUCCEEDED);
        directive
                .get("Metrics")
                .forEach(metric ->
                        assertThat(event.has(metric.get("Name").asText())).isTrue());
        assertThat(event.get(MetricNames.CONFIRMATIONS).asDouble()).isEqualTo(1.0);
    }

    @Test
    void whileOnlineAnAliveDatapointGoesOutEveryMinuteForTheSilenceAlarm() {
        allPartsRunning();
        device.everyMinute();

        await().atMost(WAIT).until(() -> received.stream().anyMatch(e -> e.has(EmfFormat.ALIVE)));
        var alive = received.stream()
                .filter(e -> e.has(EmfFormat.ALIVE))
                .findFirst()
                .orElseThrow();
        assertThat(alive.get("_aws")
                        .get("CloudWatchMetrics")
                        .get(0)
                        .get("Metrics")
                        .findValuesAsText("Name"))
                .containsExactly("Alive", "UnhealthyParts");
        assertThat(alive.get("ThingName").asText()).isEqualTo(THING);
        assertThat(kiosk.metrics.currentWindow().value(MetricNames.CLOUD_ONLINE_SECONDS))
                .isEqualTo(60);
    }

    @Test
    void aKernelPartThatFailedWithholdsAliveButStillCountsTheUnhealthyParts() {
        allPartsRunning();
        var now = kiosk.clock.instant();
        kiosk.status.report(be.ghelamcoalert.core.model.PartHealth.failed(
                be.ghelamcoalert.core.model.Part.RELAY, now, "GPIO 17 write failed"));

        device.everyMinute();

        await().atMost(WAIT).until(() -> received.stream().anyMatch(e -> e.has(EmfFormat.UNHEALTHY_PARTS)));
        var health = received.stream()
                .filter(e -> e.has(EmfFormat.UNHEALTHY_PARTS))
                .findFirst()
                .orElseThrow();
        assertThat(health.has(EmfFormat.ALIVE))
                .as("no Alive while the relay fails")
                .isFalse();
        assertThat(health.get(EmfFormat.UNHEALTHY_PARTS).asInt()).isEqualTo(1);
        assertThat(health.at("/Health/relay").asText()).isEqualTo("FAILED: GPIO 17 write failed");
    }

    private void allPartsRunning() {
        for (var part : be.ghelamcoalert.core.model.Part.values()) {
            kiosk.status.report(be.ghelamcoalert.core.model.PartHealth.running(part, kiosk.clock.instant()));
        }
    }

    /** The scheduler's minutes: the clock moves on and the heartbeat is counted (one came at the start). */
    private void minutes(int count) {
        for (int i = 0; i < count; i++) {
            kiosk.clock.advance(Duration.ofMinutes(1));
            kiosk.metrics.heartbeat();
        }
    }
}
