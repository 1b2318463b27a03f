package be.ghelamcoalert.adapter.iot.testing;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.port.JobLedger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The kiosk's ledger, except that it fails on the jobs named in {@link #breakFor}: a store fault while one job runs. */
public final class BrokenLedger implements JobLedger {
    private final JobLedger ledger;
    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    public BrokenLedger(JobLedger ledger) {
        this.ledger = ledger;
    }

    public void breakFor(String jobId) {
        broken.add(jobId);
    }

    private void check(String jobId) {
        if (broken.contains(jobId)) {
            throw new IllegalStateException("the store cannot be written (test fault for " + jobId + ")");
        }
    }

    @Override
    public Optional<Entry> find(String jobId, long executionNumber) {
        check(jobId);
        return ledger.find(jobId, executionNumber);
    }

    @Override
    public void record(JobRecord record, String field) {
        check(record.jobId());
        ledger.record(record, field);
    }

    @Override
    public List<Entry> unreported() {
        return ledger.unreported();
    }

    @Override
    public void markReported(String jobId, long executionNumber) {
        check(jobId);
        ledger.markReported(jobId, executionNumber);
    }

    @Override
    public List<JobRecord> latest(int limit) {
        return ledger.latest(limit);
    }
}
