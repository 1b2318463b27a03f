package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.LightDecision;
import be.ghelamcoalert.core.model.LightPolicy;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.LightTest;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.LightTester;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.core.port.RelayException;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the alarm light. On every tick and on every change it sets the relay to what
 * {@link LightPolicy} decides for right now. The next tick is set for the moment something can
 * change — the policy's decision runs out ({@link LightPolicy#decisionHoldsUntil}: an alert falls
 * due, a snooze ends, the office opens), a blink switches, a failed relay is retried — but never
 * more than {@value #LONGEST_SLEEP_MILLIS} ms away, so a clock jump, a suspend or an NTP step
 * cannot make an alert late or lost by more than that: the next tick simply sees the new time.
 * Between two changes the idle kiosk's light costs next to no CPU.
 *
 * <p>The alerts and events are kept in memory and reloaded from the store after every change,
 * every few seconds, and whenever the clock jumps. Every change of the light is written to the
 * audit log with its reason and published on the {@link StatusBoard}; every physical switch and
 * every second on is counted. A failing relay is reported, retried, and never stops the engine
 * (the screen alarm goes on).
 */
public final class AlarmEngine implements LightTester, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmEngine.class);
    /** The longest wait between two ticks, whatever is planned. */
    static final long LONGEST_SLEEP_MILLIS = 1000;
    /** Reload from the store this often even without a change, as a safety net (every change is announced). */
    static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
    /** Alerts that ended this long ago are still loaded, so a clock set back finds them. */
    static final Duration LOOK_BACK = Duration.ofDays(1);
    /** A longer gap between two ticks is a clock jump or a suspend: reload, and do not count it as "on". */
    static final Duration LONGEST_NORMAL_GAP = Duration.ofSeconds(2);

    static final Duration RETRY_FAILED_RELAY = Duration.ofSeconds(5);
    public static final Actor ACTOR = Actor.system("alarm");

    private final Clock clock;
    private final Transactor tx;
    private final EventRepository events;
    private final AlertRepository alerts;
    private final AuditLog audit;
    private final StatusBoard status;
    private final ChangeFeed changes;
    private final Relay relay;
    private final LightPolicy policy;
    private final Duration defaultTest;
    private final AtomicBoolean reloadWanted = new AtomicBoolean(true);
    private final Consumer<Error> onFatalError;
    private volatile Optional<Instant> lastTick = Optional.empty();
    private final ChangeFeed.Listener onChange = this::changed;
    private final MetricsRecorder metrics;
    private volatile ScheduledExecutorService scheduler;
    private ScheduledFuture<?> nextTick;

    // Guarded by "this".
    private List<Alert> knownAlerts = List.of();
    private Map<EventId, Event> knownEvents = Map.of();
    private Optional<Instant> loadedAt = Optional.empty();
    private Optional<Instant> lastEvaluation = Optional.empty();
    private Optional<LightTest> test = Optional.empty();
    private LightDecision decision;
    /** The policy's decision holds until then, unless the alerts or the test change. */
    private Instant decisionHoldsUntil = Instant.MIN;
    /** The relay starts released (the adapter guarantees it); {@code written} says whether we set it since. */
    private boolean energized;

    private boolean written;
    private String hardwareProblem = "";
    private Optional<Instant> failedAt = Optional.empty();
    private double onSecondsNotCounted;
    private boolean closed;

    public AlarmEngine(
            Clock clock,
            Transactor tx,
            EventRepository events,
            AlertRepository alerts,
            AuditLog audit,
            StatusBoard status,
            ChangeFeed changes,
            Relay relay,
            LightPolicy policy,
            Duration defaultTest) {
        this(
                clock,
                tx,
                events,
                alerts,
                audit,
                status,
                changes,
                relay,
                policy,
                defaultTest,
                MetricsRecorder.none(),
                error -> {
                    throw error;
                });
    }

    /**
     * @param metrics      counts relay switches, seconds on and hardware failures
     * @param onFatalError called on the engine's thread when a tick ends in an {@link Error} (an
     *                     {@code OutOfMemoryError}, a {@code StackOverflowError}, a broken class):
     *                     the engine has stopped ticking and cannot be trusted, so the kiosk ends
     *                     the process there and systemd starts it again
     */
    public AlarmEngine(
            Clock clock,
            Transactor tx,
            EventRepository events,
            AlertRepository alerts,
            AuditLog audit,
            StatusBoard status,
            ChangeFeed changes,
            Relay relay,
            LightPolicy policy,
            Duration defaultTest,
            MetricsRecorder metrics,
            Consumer<Error> onFatalError) {
        this.metrics = metrics;
        this.onFatalError = onFatalError;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
        this.alerts = alerts;
        this.audit = audit;
        this.status = status;
        this.changes = changes;
        this.relay = relay;
        this.policy = policy;
        this.defaultTest = defaultTest;
        this.decision = LightDecision.off(policy.blinkPeriod());
    }

    /**
     * Restores the light from the store at once (the relay is right when this returns), then
     * starts ticking and listening for changes.
     */
    public void start() {
        synchronized (this) {
            if (scheduler != null || closed) {
                throw new IllegalStateException("the alarm engine can be started once");
            }
            var now = clock.instant();
            lastTick = Optional.of(now);
            reload(now);
            evaluate(now, "start-up restore: ");
        }
        changes.subscribe(onChange);
        var executor = new ScheduledThreadPoolExecutor(1, task -> {
            var thread = Thread.ofPlatform().name("alarm-engine").daemon(true).unstarted(task);
            thread.setPriority(Thread.MAX_PRIORITY - 1);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // stop: no tick after the last one
        executor.setRemoveOnCancelPolicy(true);
        synchronized (this) {
            scheduler = executor;
            scheduleNextTick(clock.instant());
        }
        synchronized (this) {
            if (hardwareProblem.isEmpty()) {
                status.report(PartHealth.running(Part.RELAY, clock.instant()));
            }
        }
        status.report(PartHealth.running(Part.ALARM, clock.instant()));
        LOG.info(
                "Alarm engine started with {}; light is {}",
                relay.description(),
                currentStatus().pattern());
    }

    /** Evaluates the light now. The scheduler calls it every tick; tests call it after moving the clock. */
    public synchronized void tick() {
        if (closed) {
            return;
        }
        var now = clock.instant();
        lastTick = Optional.of(now);
        var clockJumped = lastEvaluation
                .map(last -> now.isBefore(last) || Duration.between(last, now).compareTo(LONGEST_NORMAL_GAP) > 0)
                .orElse(false);
        if (clockJumped) {
            LOG.info("Clock moved from {} to {}: reloading the alerts", lastEvaluation.orElseThrow(), now);
        }
        boolean stale = loadedAt.map(
                        at -> now.isBefore(at) || Duration.between(at, now).compareTo(RELOAD_EVERY) >= 0)
                .orElse(true);
        if (reloadWanted.getAndSet(false) || stale || clockJumped) {
            reload(now);
            evaluate(now, "");
        } else if (now.isBefore(decisionHoldsUntil)) {
            keepDecision(now);
        } else {
            evaluate(now, "");
        }
        scheduleNextTick(now);
    }

    /** Wakes up when something can change, and at least every {@value #LONGEST_SLEEP_MILLIS} ms. */
    private void scheduleNextTick(Instant now) {
        var executor = scheduler;
        if (executor == null || closed) {
            return;
        }
        var wake = now.plusMillis(LONGEST_SLEEP_MILLIS);
        wake = earlier(wake, decisionHoldsUntil);
        var toggle = decision.nextToggleAfter(now);
        if (toggle.isPresent()) {
            wake = earlier(wake, toggle.get());
        }
        if (failedAt.isPresent()) {
            wake = earlier(wake, failedAt.get().plus(RETRY_FAILED_RELAY));
        }
        long nanos = Math.max(Duration.between(now, wake).toNanos(), 0);
        long millis = Math.max(1, (nanos + 999_999) / 1_000_000);
        if (nextTick != null) {
            nextTick.cancel(false);
        }
        try {
            nextTick = executor.schedule(this::tickSafely, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Alarm engine stopping: no next tick");
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    @Override
    public void runLightTest(Duration duration, Actor actor) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the alarm engine has stopped");
            }
            var now = clock.instant();
            test = Optional.of(new LightTest(now, duration, actor));
            evaluate(now, "");
            scheduleNextTick(now);
        }
        LOG.info("Light test for {} s by {}", duration.toSeconds(), actor);
    }

    @Override
    public Duration defaultDuration() {
        return defaultTest;
    }

    /** What the light does now, as the screen shows it. */
    public synchronized LightStatus currentStatus() {
        return decision.status(hardwareProblem.isEmpty(), hardwareProblem);
    }

    /** Whether the engine last energized the relay (what the board should show). */
    public synchronized boolean relayEnergized() {
        return energized && written;
    }

    /** Stops ticking and switches the light off ("shutdown" in the audit log). */
    @Override
    public void close() {
        changes.unsubscribe(onChange);
        var executor = scheduler;
        if (executor != null) {
            executor.shutdown(); // no interrupt: an interrupted H2 write closes the database file
            try {
                executor.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            var now = clock.instant();
            countOnTime(now);
            var previous = decision;
            decision = LightDecision.off(policy.blinkPeriod());
            drive(false, now);
            flushOnSeconds();
            record(
                    now,
                    "light-off",
                    previous.eventId(),
                    "shutdown: light off" + (previous.lit() ? " (was " + previous.reason() + ")" : ""));
            status.light(new LightStatus(
                    LightStatus.LightPattern.OFF, "kiosk stopped", hardwareProblem.isEmpty(), hardwareProblem));
            closed = true;
        }
        LOG.info("Alarm engine stopped; relay released");
    }

    private void changed(ChangeFeed.Topic topic) {
        if (topic != ChangeFeed.Topic.EVENTS && topic != ChangeFeed.Topic.IMPORT) {
            return;
        }
        reloadWanted.set(true);
        var executor = scheduler;
        if (executor != null) {
            try {
                executor.execute(this::tickSafely);
            } catch (RejectedExecutionException e) {
                LOG.debug("Change {} after the alarm engine stopped", topic);
            }
        }
    }

    /**
     * When the engine last looked at the light (its clock's time), for the watchdog and the
     * heartbeat: an engine that stopped ticking is a kiosk that is not healthy.
     */
    public Optional<Instant> lastTick() {
        return lastTick;
    }

    /**
     * A tick that fails is logged and the next one is planned anyway, so the engine never stops
     * on a bad row or a store error; an {@link Error} stops it and goes to {@code onFatalError}.
     */
    private void tickSafely() {
        try {
            tick();
        } catch (Error e) {
            LOG.error("The alarm engine failed with an error it cannot recover from; it stops", e);
            status.report(PartHealth.failed(Part.ALARM, clock.instant(), PartSupervisor.reasonOf(e)));
            onFatalError.accept(e);
        } catch (RuntimeException e) {
            LOG.error("The alarm engine's tick failed; it carries on with the next one", e);
            synchronized (this) {
                scheduleNextTick(clock.instant());
            }
        }
    }

    private void reload(Instant now) {
        try {
            tx.run(() -> {
                var loaded = alerts.endingAfter(now.minus(LOOK_BACK));
                var byId = new HashMap<EventId, Event>();
                loaded.stream()
                        .map(Alert::eventId)
                        .distinct()
                        .forEach(id -> events.find(id).ifPresent(event -> byId.put(id, event)));
                knownAlerts = List.copyOf(loaded);
                knownEvents = Map.copyOf(byId);
            });
        } catch (RuntimeException e) {
            LOG.error("Cannot read the alerts; the light follows the last ones read", e);
        }
        loadedAt = Optional.of(now);
    }

    /** Nothing can have changed the decision: only follow its blink. */
    private void keepDecision(Instant now) {
        countOnTime(now);
        drive(decision.energizedAt(now), now);
        if (!energized) {
            flushOnSeconds();
        }
        lastEvaluation = Optional.of(now);
    }

    private void evaluate(Instant now, String auditPrefix) {
        countOnTime(now);
        var previous = decision;
        decision = policy.decide(knownAlerts, knownEvents, test, now);
        if (test.isPresent() && !test.get().runningAt(now)) {
            test = Optional.empty();
        }
        decisionHoldsUntil = policy.decisionHoldsUntil(knownAlerts, test, now);
        drive(decision.energizedAt(now), now);
        if (!energized) {
            flushOnSeconds();
        }
        boolean startUp = !auditPrefix.isEmpty();
        if (startUp || !decision.equals(previous)) {
            announce(previous, now, auditPrefix);
        }
        lastEvaluation = Optional.of(now);
    }

    /** Sets the relay when it differs from what is wanted; a failure is reported and retried, never thrown. */
    private void drive(boolean wanted, Instant now) {
        boolean sameAsSet = written && energized == wanted;
        boolean waitingToRetry = failedAt.isPresent()
                && energized == wanted
                && !now.isBefore(failedAt.get())
                && Duration.between(failedAt.get(), now).compareTo(RETRY_FAILED_RELAY) < 0;
        if (sameAsSet || waitingToRetry) {
            return;
        }
        try {
            relay.set(wanted);
            if (energized != wanted) {
                metrics.increment(MetricNames.RELAY_SWITCHES);
            }
            energized = wanted;
            written = true;
            failedAt = Optional.empty();
            if (!hardwareProblem.isEmpty()) {
                LOG.info("Relay works again ({})", relay.description());
                hardwareProblem = "";
                status.light(currentStatus());
                status.report(PartHealth.running(Part.RELAY, now));
            }
        } catch (RuntimeException e) {
            energized = wanted;
            written = false;
            failedAt = Optional.of(now);
            var problem = e instanceof RelayException ? e.getMessage() : "relay failed: " + e;
            if (!problem.equals(hardwareProblem)) {
                LOG.error("Cannot switch the alarm relay {}: {}", wanted ? "on" : "off", problem, e);
                metrics.increment(MetricNames.RELAY_FAILURES);
                hardwareProblem = problem;
                status.light(currentStatus());
                status.report(PartHealth.failed(Part.RELAY, now, problem));
            }
        }
    }

    private void announce(LightDecision previous, Instant now, String prefix) {
        status.light(currentStatus());
        String action;
        String detail;
        if (decision.lit()) {
            action = previous.lit() ? "light-change" : "light-on";
            detail = "on (" + decision.pattern().name().toLowerCase(Locale.ROOT) + "): " + decision.reason() + " ["
                    + decision.cause().text()
                    + decision.alertId().map(id -> ", alert " + id).orElse("") + "]";
        } else {
            action = "light-off";
            detail = "off: " + whyOff(previous, now);
        }
        LOG.info("Light {}", prefix + detail);
        record(now, action, decision.eventId().or(previous::eventId), prefix + detail);
    }

    private String whyOff(LightDecision previous, Instant now) {
        if (!previous.lit()) {
            return "no alert";
        }
        if (previous.cause() == LightDecision.Cause.LIGHT_TEST) {
            return "light test ended";
        }
        var alertId = previous.alertId().orElseThrow();
        var alert = knownAlerts.stream().filter(a -> a.id().equals(alertId)).findFirst();
        var why = alert.flatMap(a -> policy.whyDark(a, Optional.ofNullable(knownEvents.get(a.eventId())), now))
                .orElse(alert.isEmpty() ? "alert removed" : "no longer lights");
        return why + " (" + previous.reason() + ")";
    }

    private void record(Instant now, String action, Optional<EventId> eventId, String detail) {
        try {
            audit.append(new AuditEntry(now, ACTOR, action, eventId, detail));
        } catch (RuntimeException e) {
            LOG.error("Cannot write the light change '{}' to the audit log", detail, e);
        }
    }

    /** Adds the time since the last evaluation to "seconds on" when the relay was energized throughout. */
    private void countOnTime(Instant now) {
        if (lastEvaluation.isPresent() && energized && written) {
            var gap = Duration.between(lastEvaluation.get(), now);
            if (!gap.isNegative() && gap.compareTo(LONGEST_NORMAL_GAP) <= 0) {
                onSecondsNotCounted += gap.toNanos() / 1e9;
            }
        }
        if (onSecondsNotCounted >= 1) {
            flushOnSeconds();
        }
    }

    private void flushOnSeconds() {
        if (onSecondsNotCounted > 0) {
            metrics.add(MetricNames.RELAY_ON_SECONDS, onSecondsNotCounted);
            onSecondsNotCounted = 0;
        }
    }
}
