package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.ReasonCode;
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
 * Remote commands end to end: the Jobs service double → a real Mosquitto with mutual TLS → the
 * device → the command service → H2, and the statuses back.
 */
@IntegrationTest
class IotDeviceJobsTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<String> FINAL = List.of("SUCCEEDED", "REJECTED", "FAILED");

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
        connect();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyOperationRunsThroughTheCommandServiceAndSucceeds() {
        // Kickoff in 3h30: the car-park deadline is in 30 minutes, so the light alert is active now.
        var created = run("create", """
                {"version": 1, "operation": "create-event", "id": "concert", "title": "Kerstconcert", "start": "%s"}"""
                .formatted(at(Duration.ofMinutes(210))));
        assertThat(created.detail("summary")).get().asString().startsWith("created Kerstconcert");
        var concert = new EventId("concert");
        assertThat(kiosk.events.find(concert)).isPresent();

        run("update", """
                {"version": 1, "operation": "update-event", "id": "concert", "title": "Kerstconcert XL", "start": "%s", "end": "%s"}"""
                .formatted(at(Duration.ofMinutes(210)), at(Duration.ofMinutes(330))));
        assertThat(kiosk.events.find(concert).orElseThrow().title()).isEqualTo("Kerstconcert XL");

        run("add", """
                {"version": 1, "operation": "add-alert", "eventId": "concert", "alertId": "concert/extra", "kind": "WARNING", "dueAt": "%s"}"""
                .formatted(at(Duration.ofMinutes(10))));
        assertThat(kiosk.alerts.find(new AlertId("concert/extra"))).get()
                .satisfies(a -> assertThat(a.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10))));

        run("retime", """
                {"version": 1, "operation": "retime-alert", "alertId": "concert/extra", "dueAt": "%s"}"""
                .formatted(at(Duration.ofMinutes(20))));
        assertThat(kiosk.alerts.find(new AlertId("concert/extra")).orElseThrow().dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));

        run("snooze", """
                {"version": 1, "operation": "snooze", "eventId": "concert", "duration": "PT15M"}""");
        assertThat(kiosk.alerts.find(new AlertId("concert/light")).orElseThrow().stateAt(NOW)).isEqualTo(AlertState.SNOOZED);

        run("mute", """
                {"version": 1, "operation": "mute", "eventId": "concert", "reason": "Closed doors"}""");
        assertThat(kiosk.events.find(concert).orElseThrow().muted()).isTrue();

        run("confirm", """
                {"version": 1, "operation": "confirm", "eventId": "concert"}""");
        assertThat(kiosk.alerts.forEvent(concert)).allSatisfy(a -> assertThat(a.confirmedAt()).isPresent());

        run("light", """
                {"version": 1, "operation": "light-test", "duration": "PT10S"}""");
        assertThat(kiosk.lightTests).containsExactly(Duration.ofSeconds(10));

        var refreshed = run("refresh", """
                {"version": 1, "operation": "refresh-fixtures"}""");
        assertThat(kiosk.refreshes).containsExactly("refresh");
        assertThat(refreshed.detail("summary")).contains("0 changes; club: OK (17 at our venue)");

        run("delete", """
                {"version": 1, "operation": "delete-event", "id": "concert"}""");
        assertThat(kiosk.events.find(concert)).isEmpty();

        assertThat(kiosk.ledger.latest(20)).hasSize(10).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED));
        assertThat(kiosk.metrics.currentWindow().value(MetricNames.JOBS_SUCCEEDED)).isEqualTo(10);
        assertThat(service.updates()).extracting(FakeJobsService.Update::status).containsOnly("SUCCEEDED");
    }

    @Test
    void invalidDocumentsAreRejectedWithReasonAndFieldAndChangeNothing() {
        run("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}"""
                .formatted(at(Duration.ofMinutes(210))));
        var before = snapshot();

        assertRejected("unknown-op", """
                {"version": 1, "operation": "launch-rocket"}""", "operation", "unknown operation");
        assertRejected("wrong-type", """
                {"version": 1, "operation": "snooze", "eventId": "match", "duration": 15}""", "duration", "string");
        assertRejected("unknown-event", """
                {"version": 1, "operation": "confirm", "eventId": "no-such-event"}""", "eventId", "no event with id no-such-event");
        assertRejected("no-offset", """
                {"version": 1, "operation": "add-alert", "eventId": "match", "kind": "WARNING", "dueAt": "2026-11-26T12:00:00"}""",
                "dueAt", "is not in the expected form: An ISO-8601 date-time WITH an offset");
        assertRejected("past-deadline", """
                {"version": 1, "operation": "snooze", "eventId": "match", "duration": "PT2H"}""", "duration",
                "past the car-park deadline");
        assertRejected("oversized", """
                {"version": 1, "operation": "update-event", "id": "match", "title": "%s", "start": "%s"}"""
                .formatted("x".repeat(500), at(Duration.ofDays(1))), "title", "120");
        assertRejected("extra-field", """
                {"version": 1, "operation": "confirm", "eventId": "match", "force": true}""", "force", "not a field");
        assertRejected("version", """
                {"version": 2, "operation": "confirm", "eventId": "match"}""", "version", "must be 1");
        assertRejected("light-test-too-long", """
                {"version": 1, "operation": "light-test", "duration": "PT10M"}""", "duration", "at most 2 minutes");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(kiosk.ledger.latest(20)).filteredOn(r -> r.outcome() == JobRecord.Outcome.REJECTED).hasSize(9)
                .allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(kiosk.metrics.currentWindow().value(MetricNames.JOBS_REJECTED)).isEqualTo(9);
        // The cloud is told in English (above); the ledger also keeps the code the screen words in its language.
        assertThat(code("past-deadline")).satisfies(c -> {
            assertThat(c.code()).isEqualTo("SNOOZE_PAST_DEADLINE");
            assertThat(c.args()).hasSize(2).first().isInstanceOf(be.ghelamcoalert.core.model.command.MessageArgument.TimeOfDay.class);
        });
        assertThat(code("light-test-too-long")).isEqualTo(ReasonCode.of(ReasonCode.Family.REFUSAL, "TOO_MANY_MINUTES", "duration", 2L));
        assertThat(code("unknown-op").isDocumentProblem()).isTrue();
        assertThat(kiosk.lightTests).isEmpty();
    }

    @Test
    void aRedeliveredJobIsAppliedOnceEvenAcrossARestartOfTheKiosk() {
        run("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}"""
                .formatted(at(Duration.ofMinutes(210))));

        // The first SUCCEEDED is lost on its way back, and the kiosk stops before it hears anything.
        service.dropNextUpdate(() -> {});
        service.createJob("snooze-once", """
                {"version": 1, "operation": "snooze", "eventId": "match", "duration": "PT10M"}""");
        await().atMost(WAIT).until(() -> service.statusesOf("snooze-once").contains("SUCCEEDED"));
        kiosk.disconnect();
        assertThat(kiosk.ledger.unreported()).extracting(e -> e.record().jobId()).containsExactly("snooze-once");

        // Restarted: the kept status is sent again; then the service "forgets" it once more, so
        // start-next offers the very same execution again.
        service.forgetNextUpdates(1);
        connect();
        service.notifyNextAgain();
        awaitFinal("snooze-once");

        assertThat(service.execution("snooze-once").status()).isEqualTo("SUCCEEDED");
        assertThat(service.statusesOf("snooze-once")).hasSizeGreaterThanOrEqualTo(3).containsOnly("SUCCEEDED");
        assertThat(kiosk.audit.latest(100)).filteredOn(a -> a.actor().reference().equals("snooze-once")).hasSize(1);
        assertThat(kiosk.ledger.unreported()).isEmpty();
    }

    @Test
    void aJobInterruptedByABrokerRestartCompletesAfterTheReconnect() {
        run("setup", """
                {"version": 1, "operation": "create-event", "id": "match", "title": "Testmatch", "start": "%s"}"""
                .formatted(at(Duration.ofMinutes(210))));
        service.dropNextUpdate(broker::stop);

        service.createJob("confirm-1", """
                {"version": 1, "operation": "confirm", "eventId": "match"}""");
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.OFFLINE);
        assertThat(service.execution("confirm-1").status()).isEqualTo("IN_PROGRESS");
        assertThat(kiosk.ledger.unreported()).extracting(e -> e.record().outcome()).containsExactly(JobRecord.Outcome.SUCCEEDED);

        broker.restart();
        awaitFinal("confirm-1");

        assertThat(service.execution("confirm-1").status()).isEqualTo("SUCCEEDED");
        assertThat(kiosk.alerts.forEvent(new EventId("match"))).allSatisfy(a -> assertThat(a.confirmedAt()).isPresent());
        assertThat(kiosk.audit.latest(100)).filteredOn(a -> a.actor().reference().equals("confirm-1")).hasSize(1);
        // The status board learns of the reconnect from the SDK's lifecycle callback, handed off to
        // an executor: it may come a moment after the service saw the status update.
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
    }

    @Test
    void aFailureWhileApplyingIsReportedFailedAndLeavesNothingHalfDone() {
        kiosk.commands.useFixtureRefresh(actor -> {
            throw new IllegalStateException("the fixture site answered 503");
        });
        var failed = send("refresh-broken", """
                {"version": 1, "operation": "refresh-fixtures"}""");

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.detail("reason")).get().asString().contains("503");
        assertThat(kiosk.ledger.latest(1)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.FAILED);
            assertThat(r.reasonCode()).hasValue(ReasonCode.unexpected("the fixture site answered 503"));
        });
    }

    @Test
    void jobsQueuedWhileOfflineRunAfterTheConnectInOrder() {
        kiosk.disconnect();
        service.createJob("q1", """
                {"version": 1, "operation": "create-event", "id": "e1", "title": "Een", "start": "%s"}""".formatted(at(Duration.ofDays(1))));
        service.createJob("q2", """
                {"version": 1, "operation": "create-event", "id": "e2", "title": "Twee", "start": "%s"}""".formatted(at(Duration.ofDays(2))));

        connect();
        awaitFinal("q1");
        awaitFinal("q2");

        assertThat(service.updates()).extracting(FakeJobsService.Update::jobId).containsExactly("q1", "q2");
        assertThat(kiosk.events.find(new EventId("e2"))).isPresent();
    }

    private ReasonCode code(String jobId) {
        return kiosk.ledger.find(jobId, 1).orElseThrow().record().reasonCode().orElseThrow();
    }

    /** Sends the job and waits for its final status, whichever it is. */
    private FakeJobsService.Execution send(String jobId, String document) {
        service.createJob(jobId, document);
        awaitFinal(jobId);
        return service.execution(jobId);
    }

    private FakeJobsService.Execution run(String jobId, String document) {
        var execution = send(jobId, document);
        assertThat(execution.status()).as("job %s: %s", jobId, execution.detail("reason")).isEqualTo("SUCCEEDED");
        return execution;
    }

    private void assertRejected(String jobId, String document, String field, String reasonPart) {
        var execution = send(jobId, document);
        assertThat(execution.status()).as(jobId).isEqualTo("REJECTED");
        assertThat(execution.detail("field")).as(jobId).contains(field);
        assertThat(execution.detail("reason")).as(jobId).get().asString().contains(reasonPart);
    }

    private void awaitFinal(String jobId) {
        await().atMost(WAIT).until(() -> service.execution(jobId) != null && FINAL.contains(service.execution(jobId).status()));
    }

    private void connect() {
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
    }

    private List<Object> snapshot() {
        return List.of(kiosk.events.all(), kiosk.events.all().stream().flatMap(e -> kiosk.alerts.forEvent(e.id()).stream()).toList(),
                kiosk.audit.latest(1000));
    }

    static String at(Duration fromNow) {
        return OffsetDateTime.ofInstant(NOW.plus(fromNow), ZoneOffset.ofHours(1)).toString();
    }
}
