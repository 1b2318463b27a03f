package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.memory.Tables.JobKey;
import be.ghelamcoalert.core.port.memory.Tables.JobRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Remote job executions in memory. Like H2 it remembers the order in which executions first
 * arrived: executions received in the same instant are listed in that order.
 */
final class InMemoryJobLedger implements JobLedger {
    private static final Comparator<JobRow> BY_RECEIPT = Comparator.<JobRow, java.time.Instant>comparing(
                    row -> row.entry().record().receivedAt())
            .thenComparingLong(JobRow::arrival);

    private final InMemoryStore store;

    InMemoryJobLedger(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Entry> find(String jobId, long executionNumber) {
        return store.read(t -> Optional.ofNullable(t.jobs.get(new JobKey(jobId, executionNumber)))
                .map(JobRow::entry));
    }

    @Override
    public void record(JobRecord record, String field) {
        var key = new JobKey(record.jobId(), record.executionNumber());
        store.write(t -> {
            var arrival = Optional.ofNullable(t.jobs.get(key))
                    .map(JobRow::arrival)
                    .orElseGet(() -> store.next(InMemoryStore.Sequence.JOB_ARRIVAL));
            t.jobs.put(key, new JobRow(new Entry(record, field), arrival, false));
        });
    }

    @Override
    public List<Entry> unreported() {
        return store.read(t -> t.jobs.values().stream()
                .filter(row -> !row.reported() && row.entry().finished())
                .sorted(BY_RECEIPT)
                .map(JobRow::entry)
                .toList());
    }

    @Override
    public void markReported(String jobId, long executionNumber) {
        store.write(t -> t.jobs.computeIfPresent(
                new JobKey(jobId, executionNumber), (key, row) -> new JobRow(row.entry(), row.arrival(), true)));
    }

    @Override
    public List<JobRecord> latest(int limit) {
        return store.read(t -> t.jobs.values().stream()
                .sorted(BY_RECEIPT.reversed())
                .limit(limit)
                .map(row -> row.entry().record())
                .toList());
    }
}
