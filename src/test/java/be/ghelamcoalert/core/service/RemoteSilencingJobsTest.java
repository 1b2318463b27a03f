package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remote jobs that can leave a match without its light (a mute, an alert moved past the
 * car-park deadline) need a reason, which the lobby reads as a notice; every job's
 * {@code requestedBy} is audited next to its id. Documents are read by the kiosk's own reader.
 */
class RemoteSilencingJobsTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    /** Gala on Saturday 28 November 2026 at 20:00: car park clear by 17:00, light from 16:00. */
    static final EventId GALA = new EventId("gala");

    static final AlertId LIGHT = new AlertId("gala/light");

    final KioskCore kiosk = new KioskCore(new MutableClock(NOW, TestEvents.BRUSSELS));
    JobDocumentReader reader;

    @BeforeEach
    void open() {
        reader = new JobDocumentReader(kiosk.clock(), TestEvents.BRUSSELS);
        var created = run("create", """
                {"version": 1, "operation": "create-event", "id": "gala", "title": "Gala",
                 "start": "2026-11-28T20:00:00+01:00"}""");
        assertThat(created.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
    }

    @Test
    void aMuteWithoutAReasonIsRefusedByTheDocumentsSchemaNamingTheField() {
        var request = reader.read("""
                {"version": 1, "operation": "mute", "eventId": "gala"}""", "mute-1");

        assertThat(request)
                .isInstanceOfSatisfying(
                        Invalid.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
        assertThat(reader.read("""
                {"version": 1, "operation": "mute", "eventId": "gala", "muted": false}""", "unmute-1")).isInstanceOf(Valid.class);
    }

    @Test
    void aMuteCommandWithoutAReasonIsRefusedByTheKioskToo() {
        var entry = kiosk.remoteJobs().run("mute-1", 1, new Valid(new MuteEvent(GALA, true)));

        assertThat(entry.record().outcome()).isEqualTo(JobRecord.Outcome.REJECTED);
        assertThat(entry.field()).isEqualTo("reason");
        assertThat(entry.record().reasonCode())
                .hasValueSatisfying(code -> assertThat(code.code()).isEqualTo(Refusal.REASON_REQUIRED.name()));
        assertThat(entry.record().reason())
                .isEqualTo("reason: is required: this silences the light for Gala; say why, the lobby reads it");
        assertThat(kiosk.events().find(GALA).orElseThrow().muted()).isFalse();
    }

    @Test
    void aMuteWithAReasonIsShownToTheLobbyAndAuditedWithWhoAskedForIt() {
        var entry = run("mute-1", """
                {"version": 1, "operation": "mute", "eventId": "gala", "reason": "Behind closed doors",
                 "requestedBy": "facility-desk"}""");

        assertThat(entry.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kiosk.events().find(GALA).orElseThrow().muted()).isTrue();
        assertThat(kiosk.queries().openNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.code()).hasValueSatisfying(code -> {
                assertThat(code.code()).isEqualTo(NoticeCode.MUTED_REMOTELY.name());
                assertThat(code.args())
                        .containsExactly(
                                new MessageArgument.Text("Gala"), new MessageArgument.Text("Behind closed doors"));
            });
            assertThat(notice.text())
                    .isEqualTo("Gala is muted by a remote command: the light stays off. Reason: Behind closed doors");
        });
        assertThat(lastAudit()).satisfies(audit -> {
            assertThat(audit.action()).isEqualTo("mute");
            assertThat(audit.actor().toString()).isEqualTo("remote_job:mute-1 requested by facility-desk");
            assertThat(audit.detail()).isEqualTo("because: Behind closed doors");
        });
    }

    @Test
    void aJobWithoutRequestedByIsAuditedByItsIdAlone() {
        run("confirm-1", """
                {"version": 1, "operation": "confirm", "eventId": "gala"}""");

        assertThat(lastAudit().actor().toString()).isEqualTo("remote_job:confirm-1");
    }

    @Test
    void anAlertMovedPastTheDeadlineNeedsAReasonWhichTheLobbyThenReads() {
        var before = kiosk.alerts().find(LIGHT).orElseThrow().dueAt();

        var refused = run("retime-1", """
                {"version": 1, "operation": "retime-alert", "alertId": "gala/light", "dueAt": "2026-11-28T17:30:00+01:00"}""");

        assertThat(refused.record().outcome()).isEqualTo(JobRecord.Outcome.REJECTED);
        assertThat(refused.field()).isEqualTo("reason");
        assertThat(kiosk.alerts().find(LIGHT).orElseThrow().dueAt()).isEqualTo(before);
        assertThat(kiosk.queries().openNotices()).isEmpty();

        var moved = run("retime-2", """
                {"version": 1, "operation": "retime-alert", "alertId": "gala/light", "dueAt": "2026-11-28T17:30:00+01:00",
                 "reason": "Parking stays open for the caterers", "requestedBy": "ops"}""");

        assertThat(moved.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kiosk.alerts().find(LIGHT).orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-28T16:30:00Z"));
        assertThat(kiosk.queries().openNotices())
                .singleElement()
                .satisfies(notice -> assertThat(notice.text())
                        .isEqualTo(
                                "Gala: an alert was moved past the car-park deadline to Sat 28 Nov 17:30 by a remote command."
                                        + " Reason: Parking stays open for the caterers"));
        assertThat(lastAudit().detail()).endsWith(" because: Parking stays open for the caterers");
    }

    @Test
    void anAlertMovedWithinTheDeadlineNeedsNoReason() {
        var moved = run("retime-1", """
                {"version": 1, "operation": "retime-alert", "alertId": "gala/light", "dueAt": "2026-11-28T16:30:00+01:00"}""");

        assertThat(moved.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kiosk.queries().openNotices()).isEmpty();
    }

    @Test
    void aReasonIsCheckedLikeEveryOtherText() {
        var request = reader.read("""
                {"version": 1, "operation": "mute", "eventId": "gala", "reason": "Closed\\u202e doors"}""", "mute-1");

        assertThat(request)
                .isInstanceOfSatisfying(
                        Invalid.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
        assertThat(reader.read("""
                {"version": 1, "operation": "snooze", "eventId": "gala", "duration": "PT15M", "requestedBy": " "}""", "snooze-1"))
                .isInstanceOfSatisfying(
                        Invalid.class, invalid -> assertThat(invalid.field()).isEqualTo("requestedBy"));
    }

    private JobLedger.Entry run(String jobId, String document) {
        return kiosk.remoteJobs().run(jobId, 1, reader.read(document, jobId));
    }

    private AuditEntry lastAudit() {
        return kiosk.audit().latest(1).getFirst();
    }
}
