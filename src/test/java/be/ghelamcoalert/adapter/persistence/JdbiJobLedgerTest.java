package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.JobRecord;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void jobsReceivedInTheSameInstantAreListedInArrivalOrderNotByJobId() {
        ledger.record(done("zz-first", JobRecord.Outcome.SUCCEEDED), "");
        ledger.record(done("aa-second", JobRecord.Outcome.REJECTED), "duration");

        assertThat(ledger.latest(10)).extracting(JobRecord::jobId).containsExactly("aa-second", "zz-first");
        assertThat(ledger.unreported()).extracting(e -> e.record().jobId()).containsExactly("zz-first", "aa-second");
    }

    private static JobRecord done(String jobId, JobRecord.Outcome outcome) {
        return new JobRecord(jobId, 1, SAME_INSTANT, "snooze", outcome, "test");
    }
}
