package be.ghelamcoalert.bench;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.command.ReasonCode;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What keeping reason codes costs the "Remote commands" screen: reading the 50 jobs it lists from
 * an H2 file, with reason codes (arguments parsed from JSON) and without (rows recorded before
 * schema 6), and recording one job either way.
 *
 * <pre>bash packaging/run-benchmark.sh JobHistoryReadBenchmark [rounds]</pre>
 */
public final class JobHistoryReadBenchmark {
    private static final int LISTED = 50;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        var dir = Files.createTempDirectory("job-history-bench");
        for (var coded : List.of(false, true, false, true)) {
            try (var database = Database.open(dir.resolve(coded + "-" + System.nanoTime()))) {
                var ledger = new JdbiJobLedger(database);
                var writes = new ArrayList<Long>();
                for (int i = 0; i < LISTED * 4; i++) {
                    var start = System.nanoTime();
                    ledger.record(job(i, coded), "");
                    writes.add(System.nanoTime() - start);
                }
                for (int i = 0; i < rounds / 3; i++) {
                    ledger.latest(LISTED); // warm-up
                }
                var reads = new ArrayList<Long>();
                for (int i = 0; i < rounds; i++) {
                    var start = System.nanoTime();
                    var jobs = ledger.latest(LISTED);
                    reads.add(System.nanoTime() - start);
                    if (jobs.size() != LISTED || jobs.getFirst().reasonCode().isPresent() != coded) {
                        throw new IllegalStateException("read back something else");
                    }
                }
                System.out.printf(
                        "%-16s latest(%d): p50 %6.0f us, p99 %6.0f us | record one: p50 %6.0f us%n",
                        coded ? "with codes" : "without codes",
                        LISTED,
                        percentile(reads, 50) / 1e3,
                        percentile(reads, 99) / 1e3,
                        percentile(writes.subList(LISTED, writes.size()), 50) / 1e3);
            }
        }
    }

    private static JobRecord job(int i, boolean coded) {
        var english = "created Concert " + i + " on 2026-12-20 19:30 with 3 alerts";
        var code = ReasonCode.of(
                ReasonCode.Family.OUTCOME,
                "CREATED",
                "",
                "Concert " + i,
                LocalDate.of(2026, 12, 20),
                LocalTime.of(19, 30),
                3L);
        return new JobRecord(
                "job-" + i,
                1,
                Instant.parse("2026-11-20T10:00:00Z").plusSeconds(i),
                "create-event",
                JobRecord.Outcome.SUCCEEDED,
                english,
                coded ? Optional.of(code) : Optional.empty());
    }

    private static long percentile(List<Long> values, int p) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
