package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out remote jobs exactly once. The execution is recorded in the same transaction as the
 * command's effect, so a job delivered again (or after a crash before its status reached the
 * cloud) is answered from the ledger instead of applied twice. Every command goes through the
 * same {@link KioskCommandService} as the touch screen.
 */
public final class RemoteJobService {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteJobService.class);

    /** A job document, read: a command to carry out, or why it cannot be. */
    public sealed interface Request {
        String operation();
    }

    /**
     * @param documentFields the document's name for a command field where they differ (e.g. the
     *                       document's "start" gives the command's "date" and "time"), so that a
     *                       rejection names the field the operator wrote
     * @param requestedBy    who asked for the job, where the document says (its {@code requestedBy}):
     *                       the audit log records it next to the job id
     */
    public record Valid(KioskCommand command, Map<String, String> documentFields, Optional<String> requestedBy)
            implements Request {
        public Valid {
            documentFields = Map.copyOf(documentFields);
            Objects.requireNonNull(requestedBy, "requestedBy");
        }

        public Valid(KioskCommand command, Map<String, String> documentFields) {
            this(command, documentFields, Optional.empty());
        }

        public Valid(KioskCommand command) {
            this(command, Map.of());
        }

        @Override
        public String operation() {
            return command.operation().wireName();
        }

        String documentField(String commandField) {
            return documentFields.getOrDefault(commandField, commandField);
        }
    }

    /**
     * @param field      the document's field the problem is about ("" when none)
     * @param reason     in English, without the field
     * @param reasonCode the same as a code the screen words in its language: the core's
     *                   {@link Refusal} where a command refused, else {@link Refusal#INVALID}
     */
    public record Invalid(String operation, String field, String reason, ReasonCode reasonCode) implements Request {
        public Invalid {
            Objects.requireNonNull(reasonCode, "reasonCode");
            if (reasonCode.family() != ReasonCode.Family.REFUSAL) {
                throw new IllegalArgumentException("an invalid job is refused, not " + reasonCode.family());
            }
        }

        /** A document's own problem (not JSON, refused by the schema): worded in English only. */
        public Invalid(String operation, String field, String reason) {
            this(operation, field, reason, ReasonCode.invalidDocument(field, reason));
        }

        /** A command refused by its own checks or by the core; {@code documentField} is the document's name for its field. */
        public static Invalid refused(String operation, String documentField, InvalidCommandException refused) {
            return new Invalid(operation, documentField, refused.reason(), ReasonCode.of(refused));
        }

        public String message() {
            return field.isEmpty() ? reason : field + ": " + reason;
        }
    }

    private final Clock clock;
    private final Transactor tx;
    private final JobLedger ledger;
    private final KioskCommandService commands;
    private final KioskQueries queries;
    private final MetricsRecorder metrics;

    public RemoteJobService(
            Clock clock,
            Transactor tx,
            JobLedger ledger,
            KioskCommandService commands,
            KioskQueries queries,
            MetricsRecorder metrics) {
        this.clock = clock;
        this.tx = tx;
        this.ledger = ledger;
        this.commands = commands;
        this.queries = queries;
        this.metrics = metrics;
    }

    /** Handles one job execution; returns how it ended (now, or the first time it was delivered). */
    public JobLedger.Entry run(String jobId, long executionNumber, Request request) {
        var known = ledger.find(jobId, executionNumber);
        if (known.isPresent() && known.get().finished()) {
            LOG.info(
                    "Job {} #{} was already handled ({}); not applied again",
                    jobId,
                    executionNumber,
                    known.get().record().outcome());
            return known.get();
        }
        var receivedAt = known.map(e -> e.record().receivedAt()).orElseGet(clock::instant);
        return switch (request) {
            case Invalid invalid -> reject(jobId, executionNumber, receivedAt, invalid);
            case Valid valid -> apply(jobId, executionNumber, receivedAt, valid, known.isPresent());
        };
    }

    /**
     * @param inProgress whether the ledger holds this execution in progress already (an update
     *                   delivered again on its trial): its record, e.g. "installed, on trial", stays
     *                   until the command ends
     */
    private JobLedger.Entry apply(String jobId, long number, Instant receivedAt, Valid valid, boolean inProgress) {
        var command = valid.command();
        var operation = command.operation().wireName();
        if (!inProgress) {
            tx.run(() -> ledger.record(
                    new JobRecord(jobId, number, receivedAt, operation, JobRecord.Outcome.IN_PROGRESS, "applying"),
                    ""));
        }
        try {
            requireRemoteSnoozeWithinDeadline(command);
            requireReasonToSilenceAMatch(command);
            var done = new AtomicReference<JobLedger.Entry>();
            commands.execute(command, Actor.remoteJob(jobId, valid.requestedBy()), outcome -> {
                var entry = new JobLedger.Entry(succeeded(jobId, number, receivedAt, outcome), "");
                ledger.record(entry.record(), "");
                done.set(entry);
            });
            if (done.get().finished()) {
                metrics.increment(MetricNames.JOBS_SUCCEEDED);
            }
            return done.get();
        } catch (InvalidCommandException e) {
            return reject(jobId, number, receivedAt, Invalid.refused(operation, valid.documentField(e.field()), e));
        } catch (RuntimeException e) {
            LOG.error("Job {} #{} ({}) failed; nothing of it was applied", jobId, number, operation, e);
            return finish(failed(jobId, number, receivedAt, operation, e), "", MetricNames.JOBS_FAILED);
        }
    }

    /**
     * Ends a job that could not be read or run for a reason on the kiosk's side (a bug, the store):
     * recorded FAILED with the reason, so that it is reported and never offered again, unless the
     * ledger already holds how it ended.
     */
    public JobLedger.Entry fail(String jobId, long executionNumber, RuntimeException cause) {
        var known = ledger.find(jobId, executionNumber);
        if (known.isPresent() && known.get().finished()) {
            return known.get();
        }
        var receivedAt = known.map(e -> e.record().receivedAt()).orElseGet(clock::instant);
        var operation = known.map(e -> e.record().operation()).orElse("?");
        return finish(failed(jobId, executionNumber, receivedAt, operation, cause), "", MetricNames.JOBS_FAILED);
    }

    /** How a job is ended when not even the ledger can take its failure: reported to the cloud only. */
    public static JobLedger.Entry unrecordedFailure(String jobId, long executionNumber, RuntimeException cause) {
        return new JobLedger.Entry(failed(jobId, executionNumber, Instant.EPOCH, "?", cause), "");
    }

    /** How a failed job is recorded: "failed: " and the error in English, and its {@link CommandFailedException code} (else {@code UNEXPECTED}). */
    public static JobRecord failed(
            String jobId, long number, Instant receivedAt, String operation, RuntimeException cause) {
        var reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        var code = cause instanceof CommandFailedException coded ? coded.reasonCode() : ReasonCode.unexpected(reason);
        return new JobRecord(
                jobId, number, receivedAt, operation, JobRecord.Outcome.FAILED, "failed: " + reason, Optional.of(code));
    }

    private JobLedger.Entry reject(String jobId, long number, Instant receivedAt, Invalid invalid) {
        LOG.warn("Job {} #{} rejected: {}", jobId, number, invalid.message());
        return finish(rejected(jobId, number, receivedAt, invalid), invalid.field(), MetricNames.JOBS_REJECTED);
    }

    /**
     * How a job that carried out its command is recorded: the outcome in English and as its code;
     * still in progress when the command goes on after a restart (an update on trial).
     */
    public static JobRecord succeeded(String jobId, long number, Instant receivedAt, CommandOutcome outcome) {
        return new JobRecord(
                jobId,
                number,
                receivedAt,
                outcome.command().operation().wireName(),
                outcome.continuesAfterRestart() ? JobRecord.Outcome.IN_PROGRESS : JobRecord.Outcome.SUCCEEDED,
                outcome.summary(),
                Optional.of(outcome.reasonCode()));
    }

    /** How a refused job is recorded: the reason (with the document's field) in English and as its code. */
    public static JobRecord rejected(String jobId, long number, Instant receivedAt, Invalid invalid) {
        return new JobRecord(
                jobId,
                number,
                receivedAt,
                invalid.operation(),
                JobRecord.Outcome.REJECTED,
                invalid.message(),
                Optional.of(invalid.reasonCode()));
    }

    private JobLedger.Entry finish(JobRecord record, String field, String metric) {
        tx.run(() -> ledger.record(record, field));
        metrics.increment(metric);
        return new JobLedger.Entry(record, field);
    }

    /**
     * The touch screen's snooze stops at the deadline; a remote snooze that asks for more is an
     * operator's mistake and is rejected, saying how much time is left.
     */
    private void requireRemoteSnoozeWithinDeadline(KioskCommand command) {
        if (command instanceof SnoozeEvent snooze) {
            var event = queries.event(snooze.eventId())
                    .orElseThrow(() -> new InvalidCommandException("eventId", Refusal.NO_SUCH_EVENT, snooze.eventId()));
            var left = Duration.between(clock.instant(), event.deadline().clearByInstant());
            if (snooze.duration().compareTo(left) > 0) {
                var local = event.deadline().clearBy().toLocalTime().withNano(0);
                throw left.isNegative() || left.isZero()
                        ? new InvalidCommandException("duration", Refusal.DEADLINE_PASSED)
                        : new InvalidCommandException(
                                "duration", Refusal.SNOOZE_PAST_DEADLINE, local, left.toMinutes());
            }
        }
    }

    /**
     * Muting an event, or moving an alert past its car-park deadline, can leave a match without
     * its light: from afar, that takes a reason the lobby can read (the kiosk shows it as a notice).
     * The document's schema asks it for a mute already; only the kiosk knows an event's deadline.
     */
    private void requireReasonToSilenceAMatch(KioskCommand command) {
        switch (command) {
            case MuteEvent mute
            when mute.muted() && mute.reason().isEmpty() -> {
                var event = queries.event(mute.eventId())
                        .orElseThrow(
                                () -> new InvalidCommandException("eventId", Refusal.NO_SUCH_EVENT, mute.eventId()));
                throw new InvalidCommandException(
                        "reason", Refusal.REASON_REQUIRED, event.event().title());
            }
            case RetimeAlert retime
            when retime.reason().isEmpty() ->
                queries.eventOf(retime.alertId()).ifPresent(event -> {
                    if (retime.dueAt().isAfter(event.deadline().clearByInstant())) {
                        throw new InvalidCommandException(
                                "reason", Refusal.REASON_REQUIRED, event.event().title());
                    }
                });
            default -> {}
        }
    }
}
