package be.ghelamcoalert.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.JobRecord.Outcome;
import be.ghelamcoalert.core.model.command.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What the core relies on from a {@link JobLedger}: exactly-once bookkeeping and the history the screen lists. */
public abstract class JobLedgerContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void anExecutionReadsBackEqualWithItsFieldAndReasonCode() {
        var created = new JobRecord(
                "job-1",
                1,
                AT,
                "create-event",
                Outcome.SUCCEEDED,
                "created Gala",
                java.util.Optional.of(ReasonCode.of(
                        ReasonCode.Family.OUTCOME,
                        "CREATED",
                        "",
                        "Gala",
                        LocalDate.of(2026, 12, 1),
                        LocalTime.of(20, 0),
                        3L)));
        var refused = new JobRecord(
                "job-1",
                2,
                AT,
                "create-event",
                Outcome.REJECTED,
                "id: an event with id gala already exists",
                java.util.Optional.of(ReasonCode.of(ReasonCode.Family.REFUSAL, "EVENT_EXISTS", "id", "gala")));
        store.jobLedger().record(created, "");
        store.jobLedger().record(refused, "id");

        assertThat(store.jobLedger().find("job-1", 1)).contains(new JobLedger.Entry(created, ""));
        assertThat(store.jobLedger().find("job-1", 2)).contains(new JobLedger.Entry(refused, "id"));
        assertThat(store.jobLedger().find("job-1", 3)).isEmpty();
    }

    @Test
    void executionsReceivedInTheSameInstantAreListedInArrivalOrderNewestFirst() {
        store.jobLedger().record(record("job-b", AT, Outcome.SUCCEEDED), "");
        store.jobLedger().record(record("job-a", AT, Outcome.SUCCEEDED), "");
        store.jobLedger().record(record("job-c", AT.minusSeconds(1), Outcome.SUCCEEDED), "");

        assertThat(store.jobLedger().latest(10))
                .extracting(JobRecord::jobId)
                .containsExactly("job-a", "job-b", "job-c");
        assertThat(store.jobLedger().latest(1)).extracting(JobRecord::jobId).containsExactly("job-a");
        assertThat(store.jobLedger().unreported())
                .extracting(e -> e.record().jobId())
                .containsExactly("job-c", "job-b", "job-a");
    }

    @Test
    void onlyFinishedExecutionsWaitToBeReportedUntilTheyAreMarked() {
        store.jobLedger().record(record("job-1", AT, Outcome.IN_PROGRESS), "");
        store.jobLedger().record(record("job-2", AT, Outcome.REJECTED), "duration");

        assertThat(store.jobLedger().unreported())
                .extracting(e -> e.record().jobId())
                .containsExactly("job-2");

        store.jobLedger().markReported("job-2", 1);
        store.jobLedger().record(record("job-1", AT, Outcome.SUCCEEDED), "");

        assertThat(store.jobLedger().unreported())
                .extracting(e -> e.record().jobId())
                .containsExactly("job-1");
    }

    @Test
    void recordingAnExecutionAgainReplacesItKeepsItsPlaceAndMakesItWaitToBeReportedAgain() {
        store.jobLedger().record(record("job-1", AT, Outcome.SUCCEEDED), "");
        store.jobLedger().record(record("job-2", AT, Outcome.SUCCEEDED), "");
        store.jobLedger().markReported("job-1", 1);
        var failed = new JobRecord("job-1", 1, AT, "snooze", Outcome.FAILED, "disk full");

        store.jobLedger().record(failed, "");

        assertThat(store.jobLedger().find("job-1", 1)).contains(new JobLedger.Entry(failed, ""));
        assertThat(store.jobLedger().latest(10)).extracting(JobRecord::jobId).containsExactly("job-2", "job-1");
        assertThat(store.jobLedger().unreported())
                .extracting(e -> e.record().jobId())
                .containsExactly("job-1", "job-2");
    }

    @Test
    void theLedgerOutlivesARestart() {
        var record = record("job-1", AT, Outcome.SUCCEEDED);
        store.jobLedger().record(record, "");

        restart();

        assertThat(store.jobLedger().find("job-1", 1)).contains(new JobLedger.Entry(record, ""));
        assertThat(store.jobLedger().unreported()).hasSize(1);
    }

    private static JobRecord record(String jobId, Instant at, Outcome outcome) {
        return new JobRecord(
                jobId, 1, at, "snooze", outcome, outcome == Outcome.IN_PROGRESS ? "applying" : "snoozed until 17:05");
    }
}
