package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    final TestCloud cloud = new TestCloud(THING, NOW);

    @BeforeEach
    void start() {
        cloud.connect(WAIT);
        send("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}""".formatted(
                        OffsetDateTime.ofInstant(NOW.plus(Duration.ofMinutes(210)), ZoneOffset.ofHours(1))));
        assertThat(cloud.service().execution("setup").status()).isEqualTo("SUCCEEDED");
    }

    /** What Gson let through (the last of two keys, 1.0, any depth) is refused on the device exactly as by the validator. */
    @Test
    void theDeviceReadsTheRawPayloadAndGivesTheValidatorsVerdict() {
        var documents = List.of("""
                {"version": 1, "operation": "confirm", "eventId": "no-such-event", "eventId": "match"}""", """
                {"version": 1.0, "operation": "confirm", "eventId": "match"}""", """
                {"version": 1, "operation": "confirm", "eventId": "match", "x": %s1%s}""".formatted("[".repeat(300), "]".repeat(300)), """
                {"version": 1, "operation": "confirm", "eventId": "match\\u202e"}""", """
                {"version": 1, "operation": "change-settings", "nightMode": {"enabled": true, "from": "22:00\\n", "until": "06:30", "action": "DIM"}}""");
        var before = cloud.kiosk().audit.latest(1000);

        for (int i = 0; i < documents.size(); i++) {
            var jobId = "hostile-" + i;
            var execution = send(jobId, documents.get(i));
            var validator = (Invalid) cloud.kiosk().reader().read(documents.get(i), jobId);

            assertThat(execution.status()).as(documents.get(i)).isEqualTo("REJECTED");
            assertThat(execution.detail("reason")).as(documents.get(i)).contains(validator.message());
            assertThat(execution.detail("field").orElse("")).isEqualTo(validator.field());
        }
        assertThat(cloud.kiosk().audit.latest(1000)).isEqualTo(before);
        assertThat(cloud.kiosk().ledger.latest(10))
                .filteredOn(r -> r.jobId().startsWith("hostile-"))
                .hasSize(documents.size())
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.REJECTED));
    }

    @Test
    void aJobThatThrowsIsReportedFailedOnceAndTheNextJobRuns() {
        cloud.kiosk().brokenLedger.breakFor("broken");
        cloud.service().createJob("broken", """
                {"version": 1, "operation": "confirm", "eventId": "match"}""");
        cloud.service().createJob("after", """
                {"version": 1, "operation": "confirm", "eventId": "match"}""");

        awaitFinal("after");

        assertThat(cloud.service().execution("broken").status()).isEqualTo("FAILED");
        assertThat(cloud.service().execution("broken").detail("reason"))
                .get()
                .asString()
                .contains("the store cannot be written");
        assertThat(cloud.service().statusesOf("broken")).containsExactly("FAILED");
        assertThat(cloud.service().execution("after").status()).isEqualTo("SUCCEEDED");
        assertThat(cloud.service().updates())
                .extracting(FakeJobsService.Update::jobId)
                .as("the failed job is reported once, then the next one runs: no retry loop holds it up")
                .containsSubsequence("broken", "after")
                .containsOnlyOnce("broken");
    }

    private FakeJobsService.Execution send(String jobId, String document) {
        cloud.service().createJob(jobId, document);
        awaitFinal(jobId);
        return cloud.service().execution(jobId);
    }

    private void awaitFinal(String jobId) {
        await().atMost(WAIT)
                .until(() -> cloud.service().execution(jobId) != null
                        && FINAL.contains(cloud.service().execution(jobId).status()));
    }
}
