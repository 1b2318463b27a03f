package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.DismissNotice;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.RemoveAlert;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.model.command.TransactionalCommand;
import be.ghelamcoalert.core.model.command.UpdateCustomEvent;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.core.port.LightTester;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.Transactor;
import be.ghelamcoalert.core.port.Updater;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way in for every command, from a finger on the screen or from a remote job. A command
 * either changes everything it asks for in one transaction, or is rejected with a reason and
 * changes nothing.
 */
public final class KioskCommandService {
    private static final Logger LOG = LoggerFactory.getLogger(KioskCommandService.class);
    public static final String CUSTOM_SOURCE = "custom";

    private final Clock clock;
    private final Transactor tx;
    private final EventRepository events;
    private final AlertRepository alerts;
    private final NoticeRepository notices;
    private final AuditLog audit;
    private final EventPlanning planning;
    private final ChangeFeed changes;
    /** How long a command waits for the fixture import before it answers that the import still runs. */
    public static final Duration FIXTURE_ANSWER_WITHIN = Duration.ofSeconds(30);

    private volatile Optional<FixtureRefresh> fixtureRefresh = Optional.empty();
    private volatile Duration fixtureAnswerWithin = FIXTURE_ANSWER_WITHIN;
    private volatile Optional<LightTester> lightTester = Optional.empty();
    private volatile Optional<Updater> updater = Optional.empty();
    private final MetricsRecorder metrics;
    private final DeviceSettingsService settings;

    /**
     * @param settings the kiosk's own settings, which the admin screen and remote jobs change
     * @param metrics  the usage counters every command counts into
     */
    public KioskCommandService(
            Clock clock,
            Transactor tx,
            EventRepository events,
            AlertRepository alerts,
            NoticeRepository notices,
            AuditLog audit,
            EventPlanning planning,
            ChangeFeed changes,
            DeviceSettingsService settings,
            MetricsRecorder metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
        this.alerts = alerts;
        this.notices = notices;
        this.audit = audit;
        this.planning = planning;
        this.changes = changes;
    }

    /** Connects the fixture import, when this kiosk has one. */
    public void useFixtureRefresh(FixtureRefresh refresh) {
        useFixtureRefresh(refresh, FIXTURE_ANSWER_WITHIN);
    }

    /**
     * Connects the fixture import; a refresh command waits up to {@code answerWithin} for its
     * result, then answers that it still runs (a remote job must not hold up the next one).
     */
    public void useFixtureRefresh(FixtureRefresh refresh, Duration answerWithin) {
        if (!answerWithin.isPositive()) {
            throw new IllegalArgumentException("the wait for a fixture import must be positive, was " + answerWithin);
        }
        this.fixtureRefresh = Optional.of(refresh);
        this.fixtureAnswerWithin = answerWithin;
    }

    /** Connects the alarm engine's light test, when this kiosk has a light. */
    public void useLightTester(LightTester tester) {
        this.lightTester = Optional.of(tester);
    }

    /** Connects the over-the-air updates, when this kiosk takes them. */
    public void useUpdater(Updater releases) {
        this.updater = Optional.of(releases);
    }

    /** How long a light test lasts when the screen or a job does not say: the alarm's configured default. */
    public java.time.Duration lightTestDuration() {
        return lightTester.map(LightTester::defaultDuration).orElse(RunLightTest.DEFAULT);
    }

    public CommandOutcome execute(KioskCommand command, Actor actor) {
        return execute(command, actor, outcome -> {});
    }

    /**
     * Carries out the command; {@code alsoInTransaction} runs in the same transaction as its
     * effect (a remote job records its execution there, so it is never applied twice).
     *
     * @throws InvalidCommandException when the command cannot be carried out; nothing changed
     */
    public CommandOutcome execute(KioskCommand command, Actor actor, Consumer<CommandOutcome> alsoInTransaction) {
        CommandOutcome outcome = switch (command) {
            case RefreshFixtures refresh ->
                outsideTransaction(refresh, actor, alsoInTransaction, () -> refreshFixtures(refresh, actor));
            case RunLightTest test ->
                outsideTransaction(test, actor, alsoInTransaction, () -> {
                    var duration = test.duration().orElseGet(this::lightTestDuration);
                    lightTester
                            .orElseThrow(() -> new InvalidCommandException("operation", Refusal.NO_ALARM_LIGHT))
                            .runLightTest(duration, actor);
                    return CommandOutcome.of(test, CommandOutcome.Kind.LIGHT_TESTED, duration.toSeconds());
                });
            case ChangeSettings change -> changeSettings(change, actor, alsoInTransaction);
            case UpdateRelease update ->
                outsideTransaction(update, actor, alsoInTransaction, () -> {
                    var progress = updater.orElseThrow(
                                    () -> new InvalidCommandException("operation", Refusal.NO_UPDATES))
                            .apply(update);
                    return CommandOutcome.of(
                            update,
                            switch (progress.step()) {
                                case SWITCHED -> CommandOutcome.Kind.RELEASE_SWITCHED;
                                case COMMITTED -> CommandOutcome.Kind.RELEASE_COMMITTED;
                            },
                            progress.version());
                });
            case TransactionalCommand change ->
                tx.inTransaction(() -> {
                    var result = apply(change, actor, clock.instant());
                    alsoInTransaction.accept(result);
                    return result;
                });
        };
        LOG.info("{} by {}: {}", command.operation(), actor, outcome.summary());
        count(command);
        changes.publish(
                switch (command) {
                    case DismissNotice d -> ChangeFeed.Topic.NOTICES;
                    case ChangeSettings c -> ChangeFeed.Topic.SETTINGS;
                    default -> ChangeFeed.Topic.EVENTS;
                });
        return outcome;
    }

    private void count(KioskCommand command) {
        switch (command) {
            case SnoozeEvent s -> metrics.increment(MetricNames.SNOOZES);
            case ConfirmClear c -> metrics.increment(MetricNames.CONFIRMATIONS);
            case CreateCustomEvent c -> metrics.increment(MetricNames.EVENTS_CREATED);
            case RetimeAlert r -> metrics.increment(MetricNames.ALERT_EDITS);
            case AddAlert a -> metrics.increment(MetricNames.ALERT_EDITS);
            case RemoveAlert r -> metrics.increment(MetricNames.ALERT_EDITS);
            default -> {}
        }
    }

    /**
     * Starts the import (or joins the one running) and waits for it a bounded time: the import
     * runs on its own thread, so a slow site holds this caller (a remote job, a screen's worker)
     * no longer than {@link #FIXTURE_ANSWER_WITHIN}.
     */
    private CommandOutcome refreshFixtures(RefreshFixtures refresh, Actor actor) {
        var running = fixtureRefresh
                .orElseThrow(() -> new InvalidCommandException("operation", Refusal.NO_FIXTURE_SOURCE))
                .refresh(actor);
        var wait = fixtureAnswerWithin;
        try {
            return refreshed(refresh, running.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.info("Fixture import asked for by {} still runs after {}; answering without its result", actor, wait);
            return CommandOutcome.of(refresh, CommandOutcome.Kind.FIXTURES_IMPORT_RUNNING, wait.toSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("the fixture import failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fixture import", e);
        }
    }

    /** An import's outcome: incomplete when a source could not be read, so the screen says so. */
    private static CommandOutcome refreshed(RefreshFixtures refresh, FixtureRefresh.Refreshed run) {
        var kind = run.incomplete()
                ? CommandOutcome.Kind.FIXTURES_IMPORT_INCOMPLETE
                : CommandOutcome.Kind.FIXTURES_IMPORTED;
        return CommandOutcome.of(
                refresh,
                kind,
                new MessageArgument.Count(run.changes()),
                new MessageArgument.Count(run.unreachable()),
                new MessageArgument.Count(run.quarantined()),
                new MessageArgument.Text(run.summary()));
    }

    private CommandOutcome outsideTransaction(
            KioskCommand command,
            Actor actor,
            Consumer<CommandOutcome> alsoInTransaction,
            java.util.function.Supplier<CommandOutcome> work) {
        var outcome = work.get();
        tx.run(() -> {
            audit.append(new AuditEntry(
                    clock.instant(), actor, command.operation().wireName(), Optional.empty(), outcome.summary()));
            alsoInTransaction.accept(outcome);
        });
        return outcome;
    }

    /** Stores the new choices and takes them into use once they are committed. */
    private CommandOutcome changeSettings(
            ChangeSettings change, Actor actor, Consumer<CommandOutcome> alsoInTransaction) {
        var service = settings;
        var outcome = change.nightMode().isEmpty()
                ? CommandOutcome.of(
                        change,
                        CommandOutcome.Kind.LANGUAGE_CHANGED,
                        change.language().orElseThrow())
                : CommandOutcome.of(change, CommandOutcome.Kind.SETTINGS_CHANGED, change.describe());
        var stored = tx.inTransaction(() -> {
            var now = clock.instant();
            var next = service.store(change.overrides(), now);
            audit.append(
                    new AuditEntry(now, actor, change.operation().wireName(), Optional.empty(), change.describe()));
            alsoInTransaction.accept(outcome);
            return next;
        });
        service.use(stored);
        return outcome;
    }

    private CommandOutcome apply(TransactionalCommand command, Actor actor, Instant now) {
        return switch (command) {
            case CreateCustomEvent c -> create(c, actor, now);
            case UpdateCustomEvent u -> update(u, actor, now);
            case DeleteCustomEvent d -> delete(d, actor);
            case SnoozeEvent s -> snooze(s, actor, now);
            case ConfirmClear c -> confirm(c, actor, now);
            case RetimeAlert r -> retime(r, actor, now);
            case AddAlert a -> add(a, actor, now);
            case RemoveAlert r -> remove(r, actor);
            case MuteEvent m -> mute(m, actor, now);
            case DismissNotice d -> dismiss(d, actor, now);
        };
    }

    private CommandOutcome create(CreateCustomEvent c, Actor actor, Instant now) {
        if (events.find(c.id()).isPresent()) {
            throw new InvalidCommandException("id", Refusal.EVENT_EXISTS, c.id());
        }
        requireFuture(c.date(), c.time(), now);
        var event = new Event(
                c.id(),
                c.title(),
                EventKind.CUSTOM,
                Optional.empty(),
                Optional.empty(),
                "",
                EventStart.at(c.date(), c.time()),
                c.endTime(),
                EventStatus.SCHEDULED,
                CUSTOM_SOURCE,
                false);
        var planned = planning.store(event, actor, c.operation().wireName(), c.title() + " on " + event.start());
        return CommandOutcome.of(c, CommandOutcome.Kind.CREATED, c.title(), c.date(), c.time(), planned.size());
    }

    private CommandOutcome update(UpdateCustomEvent u, Actor actor, Instant now) {
        var existing = customEvent(u.id());
        requireFuture(u.date(), u.time(), now);
        var event = new Event(
                u.id(),
                u.title(),
                EventKind.CUSTOM,
                Optional.empty(),
                Optional.empty(),
                existing.venue(),
                EventStart.at(u.date(), u.time()),
                u.endTime(),
                existing.status(),
                existing.source(),
                existing.muted());
        planning.store(event, actor, u.operation().wireName(), existing.start() + " -> " + event.start());
        return CommandOutcome.of(u, CommandOutcome.Kind.UPDATED, u.title(), u.date(), u.time());
    }

    private CommandOutcome delete(DeleteCustomEvent d, Actor actor) {
        var existing = customEvent(d.id());
        events.delete(d.id());
        planning.record(actor, d.operation().wireName(), existing, existing.title());
        return CommandOutcome.of(d, CommandOutcome.Kind.DELETED, existing.title());
    }

    private CommandOutcome snooze(SnoozeEvent s, Actor actor, Instant now) {
        var event = event(s.eventId());
        var deadline = planning.planner().deadlines().deadlineOf(event);
        if (!now.isBefore(deadline.clearByInstant())) {
            throw new InvalidCommandException("duration", Refusal.DEADLINE_PASSED);
        }
        var active = alerts.forEvent(event.id()).stream()
                .filter(a -> a.stateAt(now) == AlertState.ACTIVE)
                .toList();
        if (active.isEmpty()) {
            throw new InvalidCommandException("eventId", Refusal.NOTHING_TO_SNOOZE, event.title());
        }
        var wanted = now.plus(s.duration());
        var until = wanted.isAfter(deadline.clearByInstant()) ? deadline.clearByInstant() : wanted;
        active.forEach(a -> alerts.save(a.snoozedUntil(until)));
        var local = until.atZone(deadline.clearBy().getZone()).toLocalTime().withNano(0);
        var capped = !until.equals(wanted);
        planning.record(
                actor, s.operation().wireName(), event, "until " + until + (capped ? " (capped at the deadline)" : ""));
        return CommandOutcome.of(
                s,
                capped ? CommandOutcome.Kind.SNOOZED_TO_DEADLINE : CommandOutcome.Kind.SNOOZED,
                event.title(),
                local);
    }

    private CommandOutcome confirm(ConfirmClear c, Actor actor, Instant now) {
        var event = event(c.eventId());
        var open = alerts.forEvent(event.id()).stream()
                .filter(a -> a.confirmedAt().isEmpty() && !a.cancelled())
                .toList();
        if (open.isEmpty()) {
            throw new InvalidCommandException("eventId", Refusal.NOTHING_TO_CONFIRM, event.title());
        }
        open.forEach(a -> alerts.save(a.confirmed(now)));
        planning.record(actor, c.operation().wireName(), event, "car park clear, " + open.size() + " alerts confirmed");
        return CommandOutcome.of(c, CommandOutcome.Kind.CONFIRMED, event.title());
    }

    private CommandOutcome retime(RetimeAlert r, Actor actor, Instant now) {
        var alert = alerts.find(r.alertId())
                .orElseThrow(() -> new InvalidCommandException("alertId", Refusal.NO_SUCH_ALERT, r.alertId()));
        var event = event(alert.eventId());
        requireAlertTime(r.dueAt(), alert.endsAt(), now);
        alerts.save(alert.pinnedAt(r.dueAt()));
        planning.record(
                actor,
                r.operation().wireName(),
                event,
                alert.id() + ": " + alert.dueAt() + " -> " + r.dueAt()
                        + r.reason().map(reason -> " " + because(reason)).orElse(""));
        if (r.reason().isPresent()
                && r.dueAt()
                        .isAfter(
                                planning.planner().deadlines().deadlineOf(event).clearByInstant())) {
            notices.add(
                    Optional.of(event.id()),
                    NoticeMessage.of(
                            NoticeCode.ALERT_PAST_DEADLINE,
                            event.title(),
                            local(r.dueAt()),
                            r.reason().get()),
                    now);
        }
        return CommandOutcome.of(r, CommandOutcome.Kind.ALERT_MOVED, alert.kind(), event.title(), local(r.dueAt()));
    }

    private CommandOutcome add(AddAlert a, Actor actor, Instant now) {
        var event = event(a.eventId());
        if (alerts.find(a.alertId()).isPresent()) {
            throw new InvalidCommandException("alertId", Refusal.ALERT_EXISTS, a.alertId());
        }
        var deadline = planning.planner().deadlines().deadlineOf(event);
        requireAlertTime(a.dueAt(), deadline.kickoffInstant(), now);
        alerts.save(planning.planner().manualAlert(a.alertId(), event, a.kind(), a.dueAt()));
        planning.record(actor, a.operation().wireName(), event, a.alertId() + " " + a.kind() + " at " + a.dueAt());
        return CommandOutcome.of(a, CommandOutcome.Kind.ALERT_ADDED, a.kind(), event.title(), local(a.dueAt()));
    }

    private CommandOutcome remove(RemoveAlert r, Actor actor) {
        var alert = alerts.find(r.alertId())
                .orElseThrow(() -> new InvalidCommandException("alertId", Refusal.NO_SUCH_ALERT, r.alertId()));
        var event = event(alert.eventId());
        // A policy alert is kept, cancelled, so that a re-plan does not bring it back.
        if (alert.isManual()) {
            alerts.delete(alert.id());
        } else {
            alerts.save(new Alert(
                    alert.id(),
                    alert.eventId(),
                    alert.kind(),
                    alert.rule(),
                    true,
                    alert.dueAt(),
                    alert.endsAt(),
                    alert.clearBy(),
                    Optional.empty(),
                    Optional.empty(),
                    true));
        }
        planning.record(actor, r.operation().wireName(), event, alert.id().value());
        return CommandOutcome.of(r, CommandOutcome.Kind.ALERT_REMOVED, alert.kind(), event.title());
    }

    private CommandOutcome mute(MuteEvent m, Actor actor, Instant now) {
        var event = event(m.eventId());
        events.save(event.withMuted(m.muted()));
        planning.record(
                actor,
                m.operation().wireName(),
                event,
                m.reason().map(KioskCommandService::because).orElse(""));
        if (m.muted() && m.reason().isPresent()) {
            notices.add(
                    Optional.of(event.id()),
                    NoticeMessage.of(
                            NoticeCode.MUTED_REMOTELY, event.title(), m.reason().get()),
                    now);
        }
        return CommandOutcome.of(m, m.muted() ? CommandOutcome.Kind.MUTED : CommandOutcome.Kind.UNMUTED, event.title());
    }

    /** How a command's reason reads in the audit log's detail. */
    private static String because(String reason) {
        return "because: " + reason;
    }

    private CommandOutcome dismiss(DismissNotice d, Actor actor, Instant now) {
        if (!notices.markSeen(d.noticeId(), now)) {
            throw new InvalidCommandException("noticeId", Refusal.NO_SUCH_NOTICE, d.noticeId());
        }
        audit.append(
                new AuditEntry(now, actor, d.operation().wireName(), Optional.empty(), Long.toString(d.noticeId())));
        return CommandOutcome.of(d, CommandOutcome.Kind.NOTICE_DISMISSED);
    }

    private Event event(EventId id) {
        return events.find(id).orElseThrow(() -> new InvalidCommandException("eventId", Refusal.NO_SUCH_EVENT, id));
    }

    private Event customEvent(EventId id) {
        var event = event(id);
        if (!event.isCustom()) {
            throw new InvalidCommandException("id", Refusal.IMPORTED_EVENT, event.title());
        }
        return event;
    }

    private void requireFuture(java.time.LocalDate date, java.time.LocalTime time, Instant now) {
        var start = ZonedDateTime.of(date, time, planning.planner().deadlines().zone())
                .toInstant();
        if (!start.isAfter(now)) {
            throw new InvalidCommandException("date", Refusal.START_IN_PAST);
        }
    }

    private static void requireAlertTime(Instant dueAt, Instant kickoff, Instant now) {
        if (!dueAt.isBefore(kickoff)) {
            throw new InvalidCommandException("dueAt", Refusal.ALERT_NOT_BEFORE_KICKOFF);
        }
        if (dueAt.isBefore(now.minusSeconds(60))) {
            throw new InvalidCommandException("dueAt", Refusal.ALERT_IN_PAST);
        }
    }

    private java.time.LocalDateTime local(Instant instant) {
        return instant.atZone(planning.planner().deadlines().zone())
                .toLocalDateTime()
                .withNano(0);
    }
}
