package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents and kiosk-side faults through the device path: the Jobs service double → a
 * real Mosquitto → the raw start-next payload → the agent → the ledger, and the statuses back.
 */
@IntegrationTest
class IotDeviceHostileJobsTest {
    static final String THING = "lobby-hostile";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<String> FINAL = List.of("SUCCEEDED", "REJECTED", "FAILED");

    @TempDir
    Path dir;
    TlsBroker broker;
    FakeJobsService service;
    DeviceUnderTest kiosk;

    @BeforeEach
    void start() {
        var pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        service = new FakeJobsService(THING, broker, pki);
        kiosk = new DeviceUnderTest(dir.resolve("data"), new MutableClock(NOW, DeviceUnderTest.ZONE));
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        send("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}"""
                .formatted(OffsetDateTime.ofInstant(NOW.plus(Duration.ofMinutes(210)), ZoneOffset.ofHours(1))));
        assertThat(service.execution("setup").status()).isEqualTo("SUCCEEDED");
    }

    @AfterEach
    void stop() {
        kiosk.close();
        service.close();
        broker.close();
    }

    /** What Gson let through (the last of two keys, 1.0, any depth) is refused on the device exactly as by the validator. */
    @Test
    void theDeviceReadsTheRawPayloadAndGivesTheValidatorsVerdict() {
        var documents = List.of(
                """
                {"version": 1, "operation": "confirm", "eventId": "no-such-event", "eventId": "match"}""",
                """
                {"version": 1.0, "operation": "confirm", "eventId": "match"}""",
                """
                {"version": 1, "operation": "confirm", "eventId": "match", "x": %s1%s}""".formatted("[".repeat(300), "]".repeat(300)),
                """
                {"version": 1, "operation": "confirm", "eventId": "match\\u202e"}""",
                """
                {"version": 1, "operation": "change-settings", "nightMode": {"enabled": true, "from": "22:00\\n", "until": "06:30", "action": "DIM"}}""");
        var before = kiosk.audit.latest(1000);

        for (int i = 0; i < documents.size(); i++) {
            var jobId = "hostile-" + i;
            var execution = send(jobId, documents.get(i));
            var validator = (Invalid) kiosk.reader().read(documents.get(i), jobId);

            assertThat(execution.status()).as(documents.get(i)).isEqualTo("REJECTED");
            assertThat(execution.detail("reason")).as(documents.get(i)).contains(validator.message());
            assertThat(execution.detail("field").orElse("")).isEqualTo(validator.field());
        }
        assertThat(kiosk.audit.latest(1000)).isEqualTo(before);
        assertThat(kiosk.ledger.latest(10)).filteredOn(r -> r.jobId().startsWith("hostile-"))
                .hasSize(documents.size()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.REJECTED));
    }

    @Test
    void aJobThatThrowsIsReportedFailedOnceAndTheNextJobRunsWithinSeconds() {
        kiosk.brokenLedger.breakFor("broken");
        service.createJob("broken", """
                {"version": 1, "operation": "confirm", "eventId": "match"}""");
        service.createJob("after", """
                {"version": 1, "operation": "confirm", "eventId": "match"}""");

        awaitFinal("after");

        assertThat(service.execution("broken").status()).isEqualTo("FAILED");
        assertThat(service.execution("broken").detail("reason")).get().asString().contains("the store cannot be written");
        assertThat(service.statusesOf("broken")).containsExactly("FAILED");
        assertThat(service.execution("after").status()).isEqualTo("SUCCEEDED");
        var failedAt = service.updates().stream().filter(u -> u.jobId().equals("broken")).findFirst().orElseThrow().nanoTime();
        var nextAt = service.updates().stream().filter(u -> u.jobId().equals("after")).findFirst().orElseThrow().nanoTime();
        assertThat(Duration.ofNanos(nextAt - failedAt)).isLessThan(Duration.ofSeconds(5));
    }

    private FakeJobsService.Execution send(String jobId, String document) {
        service.createJob(jobId, document);
        awaitFinal(jobId);
        return service.execution(jobId);
    }

    private void awaitFinal(String jobId) {
        await().atMost(WAIT).until(() -> service.execution(jobId) != null && FINAL.contains(service.execution(jobId).status()));
    }
}
