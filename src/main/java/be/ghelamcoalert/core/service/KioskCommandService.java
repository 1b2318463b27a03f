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
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.DismissNotice;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.RemoveAlert;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.model.command.UpdateCustomEvent;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.core.port.LightTester;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
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
    private volatile Optional<FixtureRefresh> fixtureRefresh = Optional.empty();
    private volatile Optional<LightTester> lightTester = Optional.empty();
    private volatile MetricsRecorder metrics = MetricsRecorder.none();

    public KioskCommandService(Clock clock, Transactor tx, EventRepository events, AlertRepository alerts,
            NoticeRepository notices, AuditLog audit, EventPlanning planning, ChangeFeed changes) {
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
        this.fixtureRefresh = Optional.of(refresh);
    }

    /** Connects the alarm engine's light test, when this kiosk has a light. */
    public void useLightTester(LightTester tester) {
        this.lightTester = Optional.of(tester);
    }

    /** How long a light test lasts when the screen or a job does not say: the alarm's configured default. */
    public java.time.Duration lightTestDuration() {
        return lightTester.map(LightTester::defaultDuration).orElse(RunLightTest.DEFAULT);
    }

    /** Connects the usage counters. */
    public void useMetrics(MetricsRecorder recorder) {
        this.metrics = recorder;
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
            case RefreshFixtures refresh -> outsideTransaction(refresh, actor, alsoInTransaction,
                    () -> fixtureRefresh.orElseThrow(() -> new InvalidCommandException("operation",
                            "this kiosk has no fixture source configured")).refreshNow(actor));
            case RunLightTest test -> outsideTransaction(test, actor, alsoInTransaction, () -> {
                var duration = test.duration().orElseGet(this::lightTestDuration);
                lightTester.orElseThrow(() -> new InvalidCommandException("operation", "this kiosk has no alarm light"))
                        .runLightTest(duration, actor);
                return "light test for " + duration.toSeconds() + " s";
            });
            default -> tx.inTransaction(() -> {
                var result = new CommandOutcome(command, apply(command, actor, clock.instant()));
                alsoInTransaction.accept(result);
                return result;
            });
        };
        LOG.info("{} by {}: {}", command.operation(), actor, outcome.summary());
        count(command);
        changes.publish(command instanceof DismissNotice ? ChangeFeed.Topic.NOTICES : ChangeFeed.Topic.EVENTS);
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
            default -> { }
        }
    }

    private CommandOutcome outsideTransaction(KioskCommand command, Actor actor, Consumer<CommandOutcome> alsoInTransaction,
            java.util.function.Supplier<String> work) {
        var outcome = new CommandOutcome(command, work.get());
        tx.run(() -> {
            audit.append(new AuditEntry(clock.instant(), actor, command.operation(), Optional.empty(), outcome.summary()));
            alsoInTransaction.accept(outcome);
        });
        return outcome;
    }

    private String apply(KioskCommand command, Actor actor, Instant now) {
        return switch (command) {
            case CreateCustomEvent c -> create(c, actor, now);
            case UpdateCustomEvent u -> update(u, actor, now);
            case DeleteCustomEvent d -> delete(d, actor);
            case SnoozeEvent s -> snooze(s, actor, now);
            case ConfirmClear c -> confirm(c, actor, now);
            case RetimeAlert r -> retime(r, actor, now);
            case AddAlert a -> add(a, actor, now);
            case RemoveAlert r -> remove(r, actor);
            case MuteEvent m -> mute(m, actor);
            case DismissNotice d -> dismiss(d, actor, now);
            case RefreshFixtures r -> throw new IllegalStateException("handled outside the transaction");
            case RunLightTest t -> throw new IllegalStateException("handled outside the transaction");
        };
    }

    private String create(CreateCustomEvent c, Actor actor, Instant now) {
        if (events.find(c.id()).isPresent()) {
            throw new InvalidCommandException("id", "an event with id " + c.id() + " already exists");
        }
        requireFuture(c.date(), c.time(), now);
        var event = new Event(c.id(), c.title(), EventKind.CUSTOM, Optional.empty(), Optional.empty(), "",
                EventStart.at(c.date(), c.time()), c.endTime(), EventStatus.SCHEDULED, CUSTOM_SOURCE, false);
        var planned = planning.store(event, actor, "create-event", c.title() + " on " + event.start());
        return "created " + c.title() + " on " + c.date() + " " + c.time() + " with " + planned.size() + " alerts";
    }

    private String update(UpdateCustomEvent u, Actor actor, Instant now) {
        var existing = customEvent(u.id());
        requireFuture(u.date(), u.time(), now);
        var event = new Event(u.id(), u.title(), EventKind.CUSTOM, Optional.empty(), Optional.empty(), existing.venue(),
                EventStart.at(u.date(), u.time()), u.endTime(), existing.status(), existing.source(), existing.muted());
        planning.store(event, actor, "update-event", existing.start() + " -> " + event.start());
        return "updated " + u.title() + " to " + u.date() + " " + u.time();
    }

    private String delete(DeleteCustomEvent d, Actor actor) {
        var existing = customEvent(d.id());
        events.delete(d.id());
        planning.record(actor, "delete-event", existing, existing.title());
        return "deleted " + existing.title();
    }

    private String snooze(SnoozeEvent s, Actor actor, Instant now) {
        var event = event(s.eventId());
        var deadline = planning.planner().deadlines().deadlineOf(event);
        if (!now.isBefore(deadline.clearByInstant())) {
            throw new InvalidCommandException("duration",
                    "the car-park deadline has passed; confirm that the car park is clear instead");
        }
        var active = alerts.forEvent(event.id()).stream().filter(a -> a.stateAt(now) == AlertState.ACTIVE).toList();
        if (active.isEmpty()) {
            throw new InvalidCommandException("eventId", "no alert of " + event.title() + " is active, nothing to snooze");
        }
        var wanted = now.plus(s.duration());
        var until = wanted.isAfter(deadline.clearByInstant()) ? deadline.clearByInstant() : wanted;
        active.forEach(a -> alerts.save(a.snoozedUntil(until)));
        var local = until.atZone(deadline.clearBy().getZone()).toLocalTime().withNano(0);
        var capped = until.equals(wanted) ? "" : " (capped at the deadline)";
        planning.record(actor, "snooze", event, "until " + until + capped);
        return "snoozed " + event.title() + " until " + local + capped;
    }

    private String confirm(ConfirmClear c, Actor actor, Instant now) {
        var event = event(c.eventId());
        var open = alerts.forEvent(event.id()).stream()
                .filter(a -> a.confirmedAt().isEmpty() && !a.cancelled())
                .toList();
        if (open.isEmpty()) {
            throw new InvalidCommandException("eventId", event.title() + " has no alert left to confirm");
        }
        open.forEach(a -> alerts.save(a.confirmed(now)));
        planning.record(actor, "confirm", event, "car park clear, " + open.size() + " alerts confirmed");
        return "car park confirmed clear for " + event.title();
    }

    private String retime(RetimeAlert r, Actor actor, Instant now) {
        var alert = alerts.find(r.alertId())
                .orElseThrow(() -> new InvalidCommandException("alertId", "no alert with id " + r.alertId()));
        var event = event(alert.eventId());
        requireAlertTime(r.dueAt(), alert.endsAt(), now);
        alerts.save(alert.pinnedAt(r.dueAt()));
        planning.record(actor, "retime-alert", event, alert.id() + ": " + alert.dueAt() + " -> " + r.dueAt());
        return "moved " + alert.kind().name().toLowerCase(java.util.Locale.ROOT) + " alert of " + event.title()
                + " to " + local(r.dueAt());
    }

    private String add(AddAlert a, Actor actor, Instant now) {
        var event = event(a.eventId());
        if (alerts.find(a.alertId()).isPresent()) {
            throw new InvalidCommandException("alertId", "an alert with id " + a.alertId() + " already exists");
        }
        var deadline = planning.planner().deadlines().deadlineOf(event);
        requireAlertTime(a.dueAt(), deadline.kickoffInstant(), now);
        alerts.save(planning.planner().manualAlert(a.alertId(), event, a.kind(), a.dueAt()));
        planning.record(actor, "add-alert", event, a.alertId() + " " + a.kind() + " at " + a.dueAt());
        return "added " + a.kind().name().toLowerCase(java.util.Locale.ROOT) + " alert to " + event.title()
                + " at " + local(a.dueAt());
    }

    private String remove(RemoveAlert r, Actor actor) {
        var alert = alerts.find(r.alertId())
                .orElseThrow(() -> new InvalidCommandException("alertId", "no alert with id " + r.alertId()));
        var event = event(alert.eventId());
        // A policy alert is kept, cancelled, so that a re-plan does not bring it back.
        if (alert.isManual()) {
            alerts.delete(alert.id());
        } else {
            alerts.save(new Alert(alert.id(), alert.eventId(), alert.kind(), alert.rule(), true, alert.dueAt(),
                    alert.endsAt(), alert.clearBy(), Optional.empty(), Optional.empty(), true));
        }
        planning.record(actor, "remove-alert", event, alert.id().value());
        return "removed " + alert.kind().name().toLowerCase(java.util.Locale.ROOT) + " alert of " + event.title();
    }

    private String mute(MuteEvent m, Actor actor) {
        var event = event(m.eventId());
        events.save(event.withMuted(m.muted()));
        planning.record(actor, m.operation(), event, "");
        return (m.muted() ? "muted " : "unmuted ") + event.title();
    }

    private String dismiss(DismissNotice d, Actor actor, Instant now) {
        if (!notices.markSeen(d.noticeId(), now)) {
            throw new InvalidCommandException("noticeId", "no open notice with id " + d.noticeId());
        }
        audit.append(new AuditEntry(now, actor, "dismiss-notice", Optional.empty(), Long.toString(d.noticeId())));
        return "notice dismissed";
    }

    private Event event(EventId id) {
        return events.find(id).orElseThrow(() -> new InvalidCommandException("eventId", "no event with id " + id));
    }

    private Event customEvent(EventId id) {
        var event = event(id);
        if (!event.isCustom()) {
            throw new InvalidCommandException("id", event.title() + " comes from the fixture import and cannot be changed here; mute it instead");
        }
        return event;
    }

    private void requireFuture(java.time.LocalDate date, java.time.LocalTime time, Instant now) {
        var start = ZonedDateTime.of(date, time, planning.planner().deadlines().zone()).toInstant();
        if (!start.isAfter(now)) {
            throw new InvalidCommandException("date", "the event must start in the future");
        }
    }

    private static void requireAlertTime(Instant dueAt, Instant kickoff, Instant now) {
        if (!dueAt.isBefore(kickoff)) {
            throw new InvalidCommandException("dueAt", "must be before kickoff");
        }
        if (dueAt.isBefore(now.minusSeconds(60))) {
            throw new InvalidCommandException("dueAt", "must not be in the past");
        }
    }

    private String local(Instant instant) {
        return instant.atZone(planning.planner().deadlines().zone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

}
