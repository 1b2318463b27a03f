package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.JobRecord;
import java.util.List;
import java.util.Optional;

/**
 * The remote job executions this kiosk handled, keyed by job id and execution number. Writes
 * join the caller's transaction, so an execution is recorded together with its effect.
 */
public interface JobLedger extends JobHistory {

    /** A recorded execution and the document field a rejection is about ("" when none). */
    record Entry(JobRecord record, String field) {
        public boolean finished() {
            return record.outcome() != JobRecord.Outcome.IN_PROGRESS;
        }
    }

    Optional<Entry> find(String jobId, long executionNumber);

    /** Inserts or replaces the execution; a finished one waits to be reported to the cloud. */
    void record(JobRecord record, String field);

    /** Finished executions whose final status the cloud has not accepted yet, oldest first. */
    List<Entry> unreported();

    void markReported(String jobId, long executionNumber);
}
