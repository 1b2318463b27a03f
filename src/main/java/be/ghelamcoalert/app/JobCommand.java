package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Operator commands for remote jobs. */
@Command(
        name = "job",
        mixinStandardHelpOptions = true,
        description = "Remote commands (AWS IoT job documents).",
        subcommands = JobCommand.Validate.class)
final class JobCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.REJECTED;
    }

    /** Checks a job document with the very reader the kiosk uses, before it is sent to any kiosk. */
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Checks a job document: prints 'valid' or the reason and the field; exit code 0 or 1. "
                    + "Event and alert ids and deadlines are checked by the kiosk itself when the job runs.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The job document (JSON).")
        Path file;

        @Option(
                names = "--zone",
                defaultValue = "Europe/Brussels",
                description = "The venue's zone (default: ${DEFAULT-VALUE}).")
        ZoneId zone;

        @Option(
                names = "--now",
                paramLabel = "INSTANT",
                description =
                        "Check the document's times as if it ran at this instant, e.g. 2026-12-01T10:00:00Z (default: now).")
        Optional<Instant> now;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            byte[] raw;
            try (var in = Files.newInputStream(file)) {
                // One byte past the limit is enough for the reader to refuse a document that is too large.
                raw = in.readNBytes(JobDocumentReader.MAX_DOCUMENT_BYTES + 1);
            } catch (IOException e) {
                out.println("invalid: cannot read " + file + ": " + e.getMessage());
                return ExitCodes.REJECTED;
            }
            var clock = now.map(instant -> Clock.fixed(instant, zone)).orElseGet(() -> Clock.system(zone));
            // The bytes of the file, as the kiosk reads the bytes the Jobs service sends: one reader, one verdict.
            var verdict = new JobDocumentReader(clock, zone).read(raw, "validate");
            return switch (verdict) {
                case RemoteJobService.Valid valid -> {
                    out.println("valid: " + valid.operation() + " " + valid.command());
                    yield ExitCodes.OK;
                }
                case RemoteJobService.Invalid invalid -> {
                    out.println("invalid: " + invalid.message());
                    yield ExitCodes.REJECTED;
                }
            };
        }
    }
}
