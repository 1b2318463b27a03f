package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exactly-once execution of remote jobs, on the in-memory store (its rollback is TransactorContract's). */
class RemoteJobServiceTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final KioskCore kiosk = new KioskCore(new MutableClock(NOW, TestEvents.BRUSSELS));

    @Test
    void theSameExecutionDeliveredTwiceIsAppliedOnce() {
        var first = kiosk.remoteJobs().run("job-1", 1, create("gala"));
        var again = kiosk.remoteJobs().run("job-1", 1, create("gala"));

        assertThat(first.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(again).isEqualTo(first);
        assertThat(kiosk.audit().latest(10))
                .filteredOn(a -> a.action().equals("create-event"))
                .hasSize(1);
        assertThat(kiosk.jobLedger().unreported()).hasSize(1);
    }

    @Test
    void aNewExecutionOfTheSameJobRunsAgain() {
        kiosk.remoteJobs().run("job-1", 1, create("gala"));

        var second = kiosk.remoteJobs().run("job-1", 2, create("gala"));

        assertThat(second.record().outcome()).isEqualTo(JobRecord.Outcome.REJECTED);
        assertThat(second.field()).isEqualTo("id");
        assertThat(second.record().reason()).contains("already exists");
    }

    @Test
    void whenRecordingTheExecutionFailsTheEffectIsRolledBackToo() {
        var failingLedger = new JobLedger() {
            @Override
            public Optional<Entry> find(String jobId, long executionNumber) {
                return kiosk.jobLedger().find(jobId, executionNumber);
            }

            @Override
            public void record(JobRecord record, String field) {
                kiosk.jobLedger().record(record, field);
                if (record.outcome() == JobRecord.Outcome.SUCCEEDED) {
                    throw new IllegalStateException("disk full");
                }
            }

            @Override
            public List<Entry> unreported() {
                return kiosk.jobLedger().unreported();
            }

            @Override
            public void markReported(String jobId, long executionNumber) {
                kiosk.jobLedger().markReported(jobId, executionNumber);
            }

            @Override
            public List<JobRecord> latest(int limit) {
                return kiosk.jobLedger().latest(limit);
            }
        };
        var service = kiosk.remoteJobs(failingLedger);

        var result = service.run("job-1", 1, create("gala"));

        assertThat(result.record().outcome()).isEqualTo(JobRecord.Outcome.FAILED);
        assertThat(result.record().reason()).contains("disk full");
        assertThat(result.record().reasonCode()).hasValue(ReasonCode.unexpected("disk full"));
        assertThat(kiosk.events().find(new EventId("gala"))).isEmpty();
        assertThat(kiosk.audit().latest(10)).isEmpty();
        assertThat(kiosk.jobLedger().find("job-1", 1))
                .get()
                .satisfies(e -> assertThat(e.record().outcome()).isEqualTo(JobRecord.Outcome.FAILED));
    }

    @Test
    void anExecutionLeftInProgressByACrashIsAppliedWhenDeliveredAgain() {
        kiosk.store()
                .run(() -> kiosk.jobLedger()
                        .record(
                                new JobRecord(
                                        "job-1", 1, NOW, "create-event", JobRecord.Outcome.IN_PROGRESS, "applying"),
                                ""));

        var result = kiosk.remoteJobs().run("job-1", 1, create("gala"));

        assertThat(result.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kiosk.events().find(new EventId("gala"))).isPresent();
    }

    @Test
    void rejectionsAreListedWithTheirReasonNewestFirst() {
        kiosk.remoteJobs().run("job-1", 1, new RemoteJobService.Invalid("snooze", "duration", "must be positive"));
        kiosk.clock().advance(java.time.Duration.ofMinutes(1));
        kiosk.remoteJobs().run("job-2", 1, create("gala"));

        assertThat(kiosk.jobLedger().latest(10))
                .extracting(JobRecord::jobId, JobRecord::outcome, JobRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "job-2", JobRecord.Outcome.SUCCEEDED, "created Gala on 2026-12-01 20:00 with 3 alerts"),
                        org.assertj.core.groups.Tuple.tuple(
                                "job-1", JobRecord.Outcome.REJECTED, "duration: must be positive"));
    }

    @Test
    void theLedgerKeepsEachOutcomesCodeAndArgumentsBesideTheEnglish() {
        kiosk.remoteJobs().run("job-1", 1, create("gala"));
        kiosk.remoteJobs().run("job-1", 2, create("gala"));
        kiosk.remoteJobs()
                .run(
                        "job-2",
                        1,
                        new RemoteJobService.Invalid("snooze", "duration", "'15 minutes' is not an ISO-8601 duration"));

        assertThat(kiosk.jobLedger().find("job-1", 1))
                .get()
                .satisfies(e -> assertThat(e.record().reasonCode())
                        .hasValue(ReasonCode.of(
                                ReasonCode.Family.OUTCOME,
                                "CREATED",
                                "",
                                "Gala",
                                LocalDate.of(2026, 12, 1),
                                LocalTime.of(20, 0),
                                3L)));
        assertThat(kiosk.jobLedger().find("job-1", 2)).get().satisfies(e -> {
            assertThat(e.field()).isEqualTo("id");
            assertThat(e.record().reason()).isEqualTo("id: an event with id gala already exists");
            assertThat(e.record().reasonCode())
                    .as("the event id is kept as its text")
                    .hasValue(ReasonCode.of(ReasonCode.Family.REFUSAL, "EVENT_EXISTS", "id", "gala"));
        });
        assertThat(kiosk.jobLedger().find("job-2", 1))
                .get()
                .satisfies(e -> assertThat(e.record().reasonCode())
                        .hasValue(ReasonCode.invalidDocument("duration", "'15 minutes' is not an ISO-8601 duration")));
    }

    @Test
    void aRemoteSnoozePastTheDeadlineIsRefusedWithTheDeadlinesWallTimeAndTheMinutesLeft() {
        // Kickoff in 3h30: the car-park deadline is in 30 minutes (11:30 in Brussels).
        kiosk.remoteJobs()
                .run(
                        "job-1",
                        1,
                        new RemoteJobService.Valid(new CreateCustomEvent(
                                new EventId("gala"),
                                "Gala",
                                LocalDate.of(2026, 11, 26),
                                LocalTime.of(14, 30),
                                Optional.empty())));

        var refused = kiosk.remoteJobs()
                .run(
                        "job-2",
                        1,
                        new RemoteJobService.Valid(
                                new SnoozeEvent(new EventId("gala"), java.time.Duration.ofHours(1))));

        assertThat(refused.record().outcome()).isEqualTo(JobRecord.Outcome.REJECTED);
        assertThat(kiosk.jobLedger().find("job-2", 1).orElseThrow().record().reasonCode())
                .hasValue(ReasonCode.of(
                        ReasonCode.Family.REFUSAL, "SNOOZE_PAST_DEADLINE", "duration", LocalTime.of(11, 30), 30L));
    }

    private static RemoteJobService.Valid create(String id) {
        return new RemoteJobService.Valid(new CreateCustomEvent(
                new EventId(id), "Gala", LocalDate.of(2026, 12, 1), LocalTime.of(20, 0), Optional.empty()));
    }
}
