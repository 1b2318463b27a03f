package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.port.JobLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Remote job executions in H2; also the "Remote commands" history the screen lists. */
public final class JdbiJobLedger implements JobLedger {
    private static final int MAX_REASON = 1000;
    private static final int MAX_FIELD = 80;
    private static final int MAX_OPERATION = 40;
    private static final String COLUMNS = "job_id, execution_number, received_at, operation, outcome, field, reason";

    private final Database database;

    public JdbiJobLedger(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Entry> find(String jobId, long executionNumber) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM job_executions WHERE job_id = :jobId AND execution_number = :number")
                .bind("jobId", jobId)
                .bind("number", executionNumber)
                .map((rs, ctx) -> entry(rs))
                .findOne());
    }

    @Override
    public void record(JobRecord r, String field) {
        database.jdbi().useHandle(h -> h.createUpdate("MERGE INTO job_executions (" + COLUMNS + ", reported) "
                        + "KEY (job_id, execution_number) "
                        + "VALUES (:jobId, :number, :receivedAt, :operation, :outcome, :field, :reason, FALSE)")
                .bind("jobId", r.jobId())
                .bind("number", r.executionNumber())
                .bind("receivedAt", utc(r.receivedAt()))
                .bind("operation", cut(r.operation(), MAX_OPERATION))
                .bind("outcome", r.outcome().name())
                .bind("field", cut(field, MAX_FIELD))
                .bind("reason", cut(r.reason(), MAX_REASON))
                .execute());
    }

    @Override
    public List<Entry> unreported() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job_executions "
                        + "WHERE NOT reported AND outcome <> 'IN_PROGRESS' ORDER BY received_at, arrival")
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    @Override
    public void markReported(String jobId, long executionNumber) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE job_executions SET reported = TRUE WHERE job_id = :jobId AND execution_number = :number")
                .bind("jobId", jobId)
                .bind("number", executionNumber)
                .execute());
    }

    @Override
    public List<JobRecord> latest(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM job_executions ORDER BY received_at DESC, arrival DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> entry(rs).record())
                .list());
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        var record = new JobRecord(rs.getString("job_id"), rs.getLong("execution_number"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("operation"),
                JobRecord.Outcome.valueOf(rs.getString("outcome")), rs.getString("reason"));
        return new Entry(record, rs.getString("field"));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
