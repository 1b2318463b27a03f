package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.port.JobLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remote job executions in H2; also the "Remote commands" history the screen lists. */
public final class JdbiJobLedger implements JobLedger {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiJobLedger.class);
    private static final int MAX_REASON = 1000;
    private static final int MAX_FIELD = 80;
    private static final int MAX_OPERATION = 40;
    private static final int MAX_REASON_ARGS = 8000;
    private static final String COLUMNS = "job_id, execution_number, received_at, operation, outcome, field, reason, "
            + "reason_family, reason_code, reason_field, reason_args";

    private final Database database;

    public JdbiJobLedger(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Entry> find(String jobId, long executionNumber) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT " + COLUMNS
                                + " FROM job_executions WHERE job_id = :jobId AND execution_number = :number")
                        .bind("jobId", jobId)
                        .bind("number", executionNumber)
                        .map((rs, ctx) -> entry(rs))
                        .findOne());
    }

    @Override
    public void record(JobRecord r, String field) {
        database.jdbi()
                .useHandle(h -> h.createUpdate("MERGE INTO job_executions (" + COLUMNS + ", reported) "
                                + "KEY (job_id, execution_number) "
                                + "VALUES (:jobId, :number, :receivedAt, :operation, :outcome, :field, :reason, "
                                + ":reasonFamily, :reasonCode, :reasonField, :reasonArgs, FALSE)")
                        .bind("jobId", r.jobId())
                        .bind("number", r.executionNumber())
                        .bind("receivedAt", utc(r.receivedAt()))
                        .bind("operation", cut(r.operation(), MAX_OPERATION))
                        .bind("outcome", r.outcome().name())
                        .bind("field", cut(field, MAX_FIELD))
                        .bind("reason", cut(r.reason(), MAX_REASON))
                        .bindMap(reasonCode(r))
                        .execute());
    }

    @Override
    public List<Entry> unreported() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job_executions "
                                + "WHERE NOT reported AND outcome <> 'IN_PROGRESS' ORDER BY received_at, arrival")
                        .map((rs, ctx) -> entry(rs))
                        .list());
    }

    @Override
    public void markReported(String jobId, long executionNumber) {
        database.jdbi()
                .useHandle(h -> h.createUpdate(
                                "UPDATE job_executions SET reported = TRUE WHERE job_id = :jobId AND execution_number = :number")
                        .bind("jobId", jobId)
                        .bind("number", executionNumber)
                        .execute());
    }

    @Override
    public List<JobRecord> latest(int limit) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT " + COLUMNS
                                + " FROM job_executions ORDER BY received_at DESC, arrival DESC LIMIT :limit")
                        .bind("limit", limit)
                        .map((rs, ctx) -> entry(rs).record())
                        .list());
    }

    /** The reason code's columns: all four, or all {@code null} when the job has no code (or it does not fit). */
    private static Map<String, Object> reasonCode(JobRecord r) {
        var columns = new HashMap<String, Object>();
        columns.put("reasonFamily", null);
        columns.put("reasonCode", null);
        columns.put("reasonField", null);
        columns.put("reasonArgs", null);
        r.reasonCode().ifPresent(code -> {
            var args = MessageArgumentsJson.write(code.args(), MAX_REASON);
            if (args.length() > MAX_REASON_ARGS) {
                LOG.warn(
                        "Job {} #{}: the arguments of reason {} are too long to keep; the screen shows the English reason",
                        r.jobId(),
                        r.executionNumber(),
                        code.code());
                return;
            }
            columns.put("reasonFamily", code.family().name());
            columns.put("reasonCode", code.code());
            columns.put("reasonField", cut(code.field(), MAX_FIELD));
            columns.put("reasonArgs", args);
        });
        return columns;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        var jobId = rs.getString("job_id");
        var number = rs.getLong("execution_number");
        var receivedAt = rs.getObject("received_at", OffsetDateTime.class).toInstant();
        var operation = rs.getString("operation");
        var outcome = JobRecord.Outcome.valueOf(rs.getString("outcome"));
        var reason = rs.getString("reason");
        JobRecord record;
        try {
            record = new JobRecord(jobId, number, receivedAt, operation, outcome, reason, reasonCode(rs));
        } catch (IllegalArgumentException e) {
            // A newer version's family, code or argument type, or a damaged value: the English reason is still there.
            LOG.warn(
                    "Job {} #{}: its stored reason code cannot be read ({}); the screen shows the English reason",
                    jobId,
                    number,
                    e.getMessage());
            record = new JobRecord(jobId, number, receivedAt, operation, outcome, reason);
        }
        return new Entry(record, rs.getString("field"));
    }

    /** The stored reason code; empty for an execution recorded before codes were kept. */
    private static Optional<ReasonCode> reasonCode(ResultSet rs) throws SQLException {
        var family = rs.getString("reason_family");
        return family == null
                ? Optional.empty()
                : Optional.of(new ReasonCode(
                        ReasonCode.Family.valueOf(family),
                        rs.getString("reason_code"),
                        rs.getString("reason_field"),
                        MessageArgumentsJson.read(rs.getString("reason_args"))));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
