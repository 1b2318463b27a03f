package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only H2 shows of the ledger: reason codes kept, cut and read back (the rest: JobLedgerContract). */
@IntegrationTest
class JdbiJobLedgerTest {
    private static final Instant SAME_INSTANT = Instant.parse("2026-12-09T16:15:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private JdbiJobLedger ledger;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        ledger = new JdbiJobLedger(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReasonCodeAndEveryKindOfArgumentReadBackEqualAfterAReopen() {
        var created = new JobRecord(
                "job-created",
                1,
                SAME_INSTANT,
                "create-event",
                JobRecord.Outcome.SUCCEEDED,
                "created Kerstconcert on 2026-12-20 19:30 with 3 alerts",
                Optional.of(ReasonCode.of(
                        ReasonCode.Family.OUTCOME,
                        "CREATED",
                        "",
                        "Kerstconcert \"XL\" — Ghelamco",
                        LocalDate.of(2026, 12, 20),
                        LocalTime.of(19, 30),
                        3)));
        var moved = new JobRecord(
                "job-moved",
                1,
                SAME_INSTANT.plusSeconds(1),
                "retime-alert",
                JobRecord.Outcome.SUCCEEDED,
                "moved warning alert of Gala to 2026-12-20 16:15",
                Optional.of(ReasonCode.of(
                        ReasonCode.Family.OUTCOME,
                        "ALERT_MOVED",
                        "",
                        AlertKind.WARNING,
                        "Gala",
                        LocalDateTime.of(2026, 12, 20, 16, 15, 30))));
        var language = new JobRecord(
                "job-language",
                1,
                SAME_INSTANT.plusSeconds(2),
                "change-settings",
                JobRecord.Outcome.SUCCEEDED,
                "language set to en",
                Optional.of(ReasonCode.of(ReasonCode.Family.OUTCOME, "LANGUAGE_CHANGED", "", Language.EN)));
        var refused = new JobRecord(
                "job-refused",
                1,
                SAME_INSTANT.plusSeconds(3),
                "snooze",
                JobRecord.Outcome.REJECTED,
                "duration: would reach past the car-park deadline at 17:45; at most 12 minutes are left",
                Optional.of(ReasonCode.of(new InvalidCommandException(
                        "duration", Refusal.SNOOZE_PAST_DEADLINE, LocalTime.of(17, 45), 12L))));
        var failed = new JobRecord(
                "job-failed",
                1,
                SAME_INSTANT.plusSeconds(4),
                "refresh-fixtures",
                JobRecord.Outcome.FAILED,
                "failed: the fixture site answered 503",
                Optional.of(ReasonCode.unexpected("the fixture site answered 503")));
        for (var job : List.of(created, moved, language, refused, failed)) {
            ledger.record(job, job == refused ? "duration" : "");
        }

        database.close();
        open();

        assertThat(ledger.latest(10)).containsExactly(failed, refused, language, moved, created);
        assertThat(ledger.find("job-refused", 1)).hasValue(new JobLedger.Entry(refused, "duration"));
        assertThat(created.reasonCode().orElseThrow().args())
                .as("an int is kept as a count")
                .contains(new MessageArgument.Count(3));
    }

    @Test
    void aJobRecordedAgainWithoutACodeLosesTheOldOne() {
        ledger.record(
                new JobRecord(
                        "job-1",
                        1,
                        SAME_INSTANT,
                        "light-test",
                        JobRecord.Outcome.SUCCEEDED,
                        "light test for 10 s",
                        Optional.of(ReasonCode.of(ReasonCode.Family.OUTCOME, "LIGHT_TESTED", "", 10L))),
                "");
        ledger.record(done("job-1", JobRecord.Outcome.FAILED), "");

        assertThat(ledger.find("job-1", 1))
                .get()
                .satisfies(e -> assertThat(e.record().reasonCode()).isEmpty());
    }

    @Test
    void aStoredCodeThisVersionCannotReadLeavesTheEnglishReason() {
        ledger.record(
                new JobRecord(
                        "job-1",
                        1,
                        SAME_INSTANT,
                        "snooze",
                        JobRecord.Outcome.SUCCEEDED,
                        "snoozed Gala until 17:19",
                        Optional.of(
                                ReasonCode.of(ReasonCode.Family.OUTCOME, "SNOOZED", "", "Gala", LocalTime.of(17, 19)))),
                "");
        database.jdbi()
                .useHandle(h -> h.execute("UPDATE job_executions SET reason_args = '[{\"moonPhase\": \"full\"}]'"));

        assertThat(ledger.latest(1)).singleElement().satisfies(job -> {
            assertThat(job.reason()).isEqualTo("snoozed Gala until 17:19");
            assertThat(job.reasonCode()).isEmpty();
        });
    }

    @Test
    void aLongTextArgumentIsCutLikeTheEnglishReason() {
        var detail = "x".repeat(3000);
        ledger.record(
                new JobRecord(
                        "job-1",
                        1,
                        SAME_INSTANT,
                        "?",
                        JobRecord.Outcome.REJECTED,
                        detail,
                        Optional.of(ReasonCode.invalidDocument("", detail))),
                "");

        assertThat(ledger.latest(1).getFirst().reasonCode().orElseThrow().args())
                .singleElement()
                .isInstanceOfSatisfying(
                        MessageArgument.Text.class,
                        text -> assertThat(text.value()).hasSize(1000));
    }

    private static JobRecord done(String jobId, JobRecord.Outcome outcome) {
        return new JobRecord(jobId, 1, SAME_INSTANT, "snooze", outcome, "test");
    }
}
