package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.Fleet;
import be.ghelamcoalert.adapter.fleet.JobTarget;
import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.iot.jobs.JobDocumentWriter;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.app.ExitCodes;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.service.RemoteJobService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * What every job-sending {@code remote} command does: read the target's schedules, turn the
 * operator's plain options into the command, write its job document, check it with the kiosk's
 * own reader (the command it reads back must be the one meant), and create the job.
 */
abstract class JobSender extends RemoteSubcommand {
    private static final DateTimeFormatter JOB_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(
            names = "--zone",
            defaultValue = "Europe/Brussels",
            description = "The venue's zone for times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--dry-run", description = "Print the checked job document; create no job.")
    boolean dryRun;

    @Option(
            names = "--requested-by",
            paramLabel = "NAME",
            description =
                    "Who asks for it: the kiosk keeps it in its audit log next to the job (who really called AWS is in CloudTrail).")
    String requestedBy;

    /** One kiosk or a thing group. */
    static final class Target {
        @Option(names = "--thing", paramLabel = "THING", description = "The kiosk (its AWS IoT thing name).")
        String thing;

        @Option(names = "--group", paramLabel = "GROUP", description = "Every kiosk of this thing group.")
        String group;

        JobTarget asJobTarget() {
            return thing != null ? JobTarget.thing(thing) : JobTarget.group(group);
        }
    }

    /** The command the operator means, with ids picked from the target's schedules. */
    abstract KioskCommand command(Schedules schedules);

    /** A line saying what the job asks, for the job's description and the operator. */
    abstract String describe(KioskCommand command, Schedules schedules);

    @Override
    public Integer call() {
        return RemoteCommand.answering(spec, () -> {
            var out = spec.commandLine().getOut();
            try (var aws = remote.open(fleet)) {
                var jobTarget = target.asJobTarget();
                var schedules = new Schedules(aws, jobTarget, remote);
                var command = command(schedules);
                var clock = remote.clock();
                var jobId = command.operation().wireName() + "-"
                        + JOB_TIME.format(clock.instant().atZone(zone)) + "-"
                        + HexFormat.of().formatHex(randomBytes());
                var document = new JobDocumentWriter(zone)
                        .write(command, Optional.ofNullable(requestedBy).filter(who -> !who.isBlank()));
                var verdict = new JobDocumentReader(Clock.fixed(clock.instant(), zone), zone).read(document, jobId);
                if (!(verdict instanceof RemoteJobService.Valid valid)
                        || !valid.command().equals(command)) {
                    spec.commandLine()
                            .getErr()
                            .println("The kiosk would not read this job as meant: "
                                    + switch (verdict) {
                                        case RemoteJobService.Invalid invalid -> invalid.message();
                                        case RemoteJobService.Valid valid -> "it reads " + valid.command();
                                    });
                    return ExitCodes.REJECTED;
                }
                var description = describe(command, schedules);
                if (dryRun) {
                    out.println(document);
                    return ExitCodes.OK;
                }
                var arn = aws.createJob(jobId, jobTarget, document, description);
                if (fleet.json) {
                    var json = new ObjectMapper();
                    var answer = json.createObjectNode()
                            .put("jobId", jobId)
                            .put("jobArn", arn)
                            .put("target", jobTarget.label().replace(' ', '/'))
                            .put("description", description);
                    answer.set("document", json.readTree(document));
                    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
                } else {
                    out.println("Job " + jobId + " created: " + description);
                    if (jobTarget.kind() == JobTarget.Kind.THING) {
                        out.println("Follow it: ghelamco-alert remote jobs --thing " + jobTarget.name() + " --watch");
                    }
                }
                return ExitCodes.OK;
            }
        });
    }

    private static byte[] randomBytes() {
        var bytes = new byte[2];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The schedules of the target's kiosks, read once, when a command first needs them. */
    static final class Schedules {
        private final Fleet aws;
        private final JobTarget target;
        private List<ScheduleReport> reports;
        private final RemoteCommand remote;

        private Schedules(Fleet aws, JobTarget target, RemoteCommand remote) {
            this.aws = aws;
            this.target = target;
            this.remote = remote;
        }

        List<ScheduleReport> all() {
            if (reports == null) {
                var things = target.kind() == JobTarget.Kind.THING
                        ? List.of(target.name())
                        : aws.things(java.util.Optional.of(target.name()));
                reports = new ArrayList<>();
                things.forEach(thing -> remote.schedule(aws, thing).ifPresent(reports::add));
                if (reports.isEmpty()) {
                    throw new IllegalArgumentException(
                            "no kiosk of " + target.name() + " has reported a schedule yet (is it online?)");
                }
            }
            return reports;
        }

        ScheduleReport.EventEntry event(String wanted) {
            return EventPicker.event(all(), wanted);
        }
    }
}
