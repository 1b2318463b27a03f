package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.JobExecution;
import be.ghelamcoalert.app.ExitCodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code remote jobs --thing T [--watch]}: the kiosk's jobs as the Jobs service knows them, queued
 * ones included, with the kiosk's reasons; {@code --watch} follows them until none is open.
 */
@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        description = "A kiosk's jobs: queued, in progress, succeeded, failed and rejected, with the kiosk's reasons.")
final class JobsCommand extends RemoteSubcommand {

    @Option(
            names = "--thing",
            required = true,
            paramLabel = "THING",
            description = "The kiosk (its AWS IoT thing name).")
    String thing;

    @Option(
            names = "--last",
            defaultValue = "20",
            paramLabel = "N",
            description = "How many of the newest jobs (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--watch", description = "Ask again until no job is queued or in progress; print each change.")
    boolean watch;

    @Option(
            names = "--every",
            defaultValue = "5s",
            paramLabel = "DURATION",
            converter = OperatorDuration.class,
            description = "How often --watch asks (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(
            names = "--zone",
            defaultValue = "Europe/Brussels",
            description = "The venue's zone for times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Override
    public Integer call() {
        return RemoteCommand.answering(spec, () -> {
            var out = spec.commandLine().getOut();
            try (var aws = remote.open(fleet)) {
                var seen = new HashMap<String, JobExecution>();
                while (true) {
                    var jobs = aws.jobs(thing, last);
                    print(out, jobs, seen);
                    if (!watch || jobs.stream().noneMatch(JobExecution::open)) {
                        return ExitCodes.OK;
                    }
                    Thread.sleep(every.toMillis());
                }
            }
        });
    }

    /** Prints the jobs that are new or changed since the last round. */
    private void print(PrintWriter out, List<JobExecution> jobs, Map<String, JobExecution> seen) throws Exception {
        var changed =
                jobs.stream().filter(job -> !job.equals(seen.get(job.jobId()))).toList();
        jobs.forEach(job -> seen.put(job.jobId(), job));
        if (fleet.json) {
            var json = new ObjectMapper();
            for (var job : changed) {
                var node = json.createObjectNode().put("jobId", job.jobId()).put("status", job.status());
                job.queuedAt().ifPresent(at -> node.put("queuedAt", at.toString()));
                job.lastUpdatedAt().ifPresent(at -> node.put("lastUpdatedAt", at.toString()));
                node.set("statusDetails", json.valueToTree(job.details()));
                out.println(json.writeValueAsString(node));
            }
        } else {
            var time = DateTimeFormatter.ofPattern("dd-MM HH:mm");
            for (var job : changed) {
                var when = job.lastUpdatedAt()
                        .or(job::queuedAt)
                        .map(at -> time.format(at.atZone(zone)))
                        .orElse("");
                out.println("%-40s %-11s %s  %s".formatted(job.jobId(), job.status(), when, reason(job)));
            }
        }
        out.flush();
    }

    /** The kiosk's reason, after its field unless the reason names it first already (the kiosk's own wording does). */
    private static String reason(JobExecution job) {
        var details = job.details();
        if (details.containsKey("reason")) {
            var reason = details.get("reason");
            return Optional.ofNullable(details.get("field"))
                            .filter(f -> !f.isBlank() && !reason.startsWith(f + ": "))
                            .map(f -> f + ": ")
                            .orElse("")
                    + reason;
        }
        return details.getOrDefault("summary", "");
    }
}
