package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.ReasonCode;
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
 * Remote commands end to end: the Jobs service double → a real Mosquitto with mutual TLS → the
 * device → the command service → H2, and the statuses back.
 */
@IntegrationTest
class IotDeviceJobsTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<String> FINAL = List.of("SUCCEEDED", "REJECTED", "FAILED");

    @RegisterExtension
    final TestCloud cloud = new TestCloud(THING, NOW);

    @BeforeEach
    void connectTheDevice() {
        connect();
    }

    @Test
    void everyOperationRunsThroughTheCommandServiceAndSucceeds() {
        // Kickoff in 3h30: the car-park deadline is in 30 minutes, so the light alert is active now.
        var created = run("create", """
                {"version": 1, "operation": "create-event", "id": "concert", "title": "Kerstconcert", "start": "%s"}""".formatted(at(Duration.ofMinutes(210))));
        assertThat(created.detail("summary")).get().asString().startsWith("created Kerstconcert");
        var concert = new EventId("concert");
        assertThat(cloud.kiosk().events.find(concert)).isPresent();

        run("update", """
                {"version": 1, "operation": "update-event", "id": "concert", "title": "Kerstconcert XL", "start": "%s", "end": "%s"}""".formatted(at(Duration.ofMinutes(210)), at(Duration.ofMinutes(330))));
        assertThat(cloud.kiosk().events.find(concert).orElseThrow().title()).isEqualTo("Kerstconcert XL");

        run("add", """
                {"version": 1, "operation": "add-alert", "eventId": "concert", "alertId": "concert/extra", "kind": "WARNING", "dueAt": "%s"}""".formatted(at(Duration.ofMinutes(10))));
        assertThat(cloud.kiosk().alerts.find(new AlertId("concert/extra")))
                .get()
                .satisfies(a -> assertThat(a.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10))));

        run("retime", """
                {"version": 1, "operation": "retime-alert", "alertId": "concert/extra", "dueAt": "%s"}""".formatted(at(Duration.ofMinutes(20))));
        assertThat(cloud.kiosk()
                        .alerts
                        .find(new AlertId("concert/extra"))
                        .orElseThrow()
                        .dueAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(20)));

        run("snooze", """
                {"version": 1, "operation": "snooze", "eventId": "concert", "duration": "PT15M"}""");
        assertThat(cloud.kiosk()
                        .alerts
                        .find(new AlertId("concert/light"))
                        .orElseThrow()
                        .stateAt(NOW))
                .isEqualTo(AlertState.SNOOZED);

        run("mute", """
                {"version": 1, "operation": "mute", "eventId": "concert", "reason": "Closed doors"}""");
        assertThat(cloud.kiosk().events.find(concert).orElseThrow().muted()).isTrue();

        run("confirm", """
                {"version": 1, "operation": "confirm", "eventId": "concert"}""");
        assertThat(cloud.kiosk().alerts.forEvent(concert))
                .allSatisfy(a -> assertThat(a.confirmedAt()).isPresent());

        run("light", """
                {"version": 1, "operation": "light-test", "duration": "PT10S"}""");
        assertThat(cloud.kiosk().lightTests).containsExactly(Duration.ofSeconds(10));

        var refreshed = run("refresh", """
                {"version": 1, "operation": "refresh-fixtures"}""");
        assertThat(cloud.kiosk().refreshes).containsExactly("refresh");
        assertThat(refreshed.detail("summary")).contains("0 changes; club: OK (17 at our venue)");

        run("delete", """
                {"version": 1, "operation": "delete-event", "id": "concert"}""");
        assertThat(cloud.kiosk().events.find(concert)).isEmpty();

        assertThat(cloud.kiosk().ledger.latest(20))
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED));
        assertThat(cloud.kiosk().metrics.currentWindow().value(MetricNames.JOBS_SUCCEEDED))
                .isEqualTo(10);
        assertThat(cloud.service().updates())
                .extracting(FakeJobsService.Update::status)
                .containsOnly("SUCCEEDED");
    }

    @Test
    void invalidDocumentsAreRejectedWithReasonAndFieldAndChangeNothing() {
        run("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}""".formatted(at(Duration.ofMinutes(210))));
        var before = snapshot();

        assertRejected("unknown-op", """
                {"version": 1, "operation": "launch-rocket"}""", "operation", "unknown operation");
        assertRejected("wrong-type", """
                {"version": 1, "operation": "snooze", "eventId": "match", "duration": 15}""", "duration", "string");
        assertRejected("unknown-event", """
                {"version": 1, "operation": "confirm", "eventId": "no-such-event"}""", "eventId", "no event with id no-such-event");
        assertRejected("no-offset", """
                {"version": 1, "operation": "add-alert", "eventId": "match", "kind": "WARNING", "dueAt": "2026-11-26T12:00:00"}""", "dueAt", "is not in the expected form: An ISO-8601 date-time WITH an offset");
        assertRejected("past-deadline", """
                {"version": 1, "operation": "snooze", "eventId": "match", "duration": "PT2H"}""", "duration", "past the car-park deadline");
        assertRejected("oversized", """
                {"version": 1, "operation": "update-event", "id": "match", "title": "%s", "start": "%s"}""".formatted("x".repeat(500), at(Duration.ofDays(1))), "title", "120");
        assertRejected("extra-field", """
                {"version": 1, "operation": "confirm", "eventId": "match", "force": true}""", "force", "not a field");
        assertRejected("version", """
                {"version": 2, "operation": "confirm", "eventId": "match"}""", "version", "must be 1");
        assertRejected("light-test-too-long", """
                {"version": 1, "operation": "light-test", "duration": "PT10M"}""", "duration", "at most 2 minutes");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(cloud.kiosk().ledger.latest(20))
                .filteredOn(r -> r.outcome() == JobRecord.Outcome.REJECTED)
                .hasSize(9)
                .allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(cloud.kiosk().metrics.currentWindow().value(MetricNames.JOBS_REJECTED))
                .isEqualTo(9);
        // The cloud is told in English (above); the ledger also keeps the code the screen words in its language.
        assertThat(code("past-deadline")).satisfies(c -> {
            assertThat(c.code()).isEqualTo("SNOOZE_PAST_DEADLINE");
            assertThat(c.args())
                    .hasSize(2)
                    .first()
                    .isInstanceOf(be.ghelamcoalert.core.model.command.MessageArgument.TimeOfDay.class);
        });
        assertThat(code("light-test-too-long"))
                .isEqualTo(ReasonCode.of(ReasonCode.Family.REFUSAL, "TOO_MANY_MINUTES", "duration", 2L));
        assertThat(code("unknown-op").isDocumentProblem()).isTrue();
        assertThat(cloud.kiosk().lightTests).isEmpty();
    }

    @Test
    void aRedeliveredJobIsAppliedOnceEvenAcrossARestartOfTheKiosk() {
        run("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}""".formatted(at(Duration.ofMinutes(210))));

        // The first SUCCEEDED is lost on its way back, and the kiosk stops before it hears anything.
        cloud.service().dropNextUpdate(() -> {});
        cloud.service().createJob("snooze-once", """
                {"version": 1, "operation": "snooze", "eventId": "match", "duration": "PT10M"}""");
        await().atMost(WAIT)
                .until(() -> cloud.service().statusesOf("snooze-once").contains("SUCCEEDED"));
        cloud.kiosk().disconnect();
        assertThat(cloud.kiosk().ledger.unreported())
                .extracting(e -> e.record().jobId())
                .containsExactly("snooze-once");

        // Restarted: the kept status is sent again; then the service "forgets" it once more, so
        // start-next offers the very same execution again.
        cloud.service().forgetNextUpdates(1);
        connect();
        cloud.service().notifyNextAgain();
        awaitFinal("snooze-once");

        assertThat(cloud.service().execution("snooze-once").status()).isEqualTo("SUCCEEDED");
        assertThat(cloud.service().statusesOf("snooze-once"))
                .hasSizeGreaterThanOrEqualTo(3)
                .containsOnly("SUCCEEDED");
        assertThat(cloud.kiosk().audit.latest(100))
                .filteredOn(a -> a.actor().reference().equals("snooze-once"))
                .hasSize(1);
        assertThat(cloud.kiosk().ledger.unreported()).isEmpty();
    }

    @Test
    void aJobInterruptedByABrokerRestartCompletesAfterTheReconnect() {
        run("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}""".formatted(at(Duration.ofMinutes(210))));
        cloud.service().dropNextUpdate(cloud.broker()::stop);

        cloud.service().createJob("confirm-1", """
                {"version": 1, "operation": "confirm", "eventId": "match"}""");
        await().atMost(WAIT).until(() -> cloud.kiosk().status.cloud().state() == CloudStatus.State.OFFLINE);
        assertThat(cloud.service().execution("confirm-1").status()).isEqualTo("IN_PROGRESS");
        assertThat(cloud.kiosk().ledger.unreported())
                .extracting(e -> e.record().outcome())
                .containsExactly(JobRecord.Outcome.SUCCEEDED);

        cloud.broker().restart();
        awaitFinal("confirm-1");

        assertThat(cloud.service().execution("confirm-1").status()).isEqualTo("SUCCEEDED");
        assertThat(cloud.kiosk().alerts.forEvent(new EventId("match")))
                .allSatisfy(a -> assertThat(a.confirmedAt()).isPresent());
        assertThat(cloud.kiosk().audit.latest(100))
                .filteredOn(a -> a.actor().reference().equals("confirm-1"))
                .hasSize(1);
        // The status board learns of the reconnect from the SDK's lifecycle callback, handed off to
        // an executor: it may come a moment after the service saw the status update.
        await().atMost(WAIT).until(() -> cloud.kiosk().status.cloud().state() == CloudStatus.State.ONLINE);
    }

    @Test
    void aFailureWhileApplyingIsReportedFailedAndLeavesNothingHalfDone() {
        cloud.kiosk().commands.useFixtureRefresh(actor -> {
            throw new IllegalStateException("the fixture site answered 503");
        });
        var failed = send("refresh-broken", """
                {"version": 1, "operation": "refresh-fixtures"}""");

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.detail("reason")).get().asString().contains("503");
        assertThat(cloud.kiosk().ledger.latest(1)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.FAILED);
            assertThat(r.reasonCode()).hasValue(ReasonCode.unexpected("the fixture site answered 503"));
        });
    }

    @Test
    void jobsQueuedWhileOfflineRunAfterTheConnectInOrder() {
        cloud.kiosk().disconnect();
        cloud.service().createJob("q1", """
                {"version": 1, "operation": "create-event", "id": "e1", "title": "Een", "start": "%s"}""".formatted(at(Duration.ofDays(1))));
        cloud.service().createJob("q2", """
                {"version": 1, "operation": "create-event", "id": "e2", "title": "Twee", "start": "%s"}""".formatted(at(Duration.ofDays(2))));

        connect();
        awaitFinal("q1");
        awaitFinal("q2");

        assertThat(cloud.service().updates())
                .extracting(FakeJobsService.Update::jobId)
                .containsExactly("q1", "q2");
        assertThat(cloud.kiosk().events.find(new EventId("e2"))).isPresent();
    }

    private ReasonCode code(String jobId) {
        return cloud.kiosk()
                .ledger
                .find(jobId, 1)
                .orElseThrow()
                .record()
                .reasonCode()
                .orElseThrow();
    }

    /** Sends the job and waits for its final status, whichever it is. */
    private FakeJobsService.Execution send(String jobId, String document) {
        cloud.service().createJob(jobId, document);
        awaitFinal(jobId);
        return cloud.service().execution(jobId);
    }

    private FakeJobsService.Execution run(String jobId, String document) {
        var execution = send(jobId, document);
        assertThat(execution.status())
                .as("job %s: %s", jobId, execution.detail("reason"))
                .isEqualTo("SUCCEEDED");
        return execution;
    }

    private void assertRejected(String jobId, String document, String field, String reasonPart) {
        var execution = send(jobId, document);
        assertThat(execution.status()).as(jobId).isEqualTo("REJECTED");
        assertThat(execution.detail("field")).as(jobId).contains(field);
        assertThat(execution.detail("reason")).as(jobId).get().asString().contains(reasonPart);
    }

    private void awaitFinal(String jobId) {
        await().atMost(WAIT)
                .until(() -> cloud.service().execution(jobId) != null
                        && FINAL.contains(cloud.service().execution(jobId).status()));
    }

    private void connect() {
        cloud.connect(WAIT);
    }

    private List<Object> snapshot() {
        return List.of(
                cloud.kiosk().events.all(),
                cloud.kiosk().events.all().stream()
                        .flatMap(e -> cloud.kiosk().alerts.forEvent(e.id()).stream())
                        .toList(),
                cloud.kiosk().audit.latest(1000));
    }

    static String at(Duration fromNow) {
        return OffsetDateTime.ofInstant(NOW.plus(fromNow), ZoneOffset.ofHours(1))
                .toString();
    }
}
