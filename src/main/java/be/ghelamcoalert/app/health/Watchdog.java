package be.ghelamcoalert.app.health;

import be.ghelamcoalert.adapter.systemd.SystemdNotifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the systemd watchdog only while the kiosk is healthy. After {@link #ready()}, every half
 * watchdog interval it asks all its probes (e.g. "the alarm ticked lately", "the store answers");
 * only when every one answers healthy within a third of the interval does it send
 * {@code WATCHDOG=1}. Otherwise it sends {@code STATUS=} with what is wrong, logs it (when it
 * changes, else once a minute) and sends no ping, so systemd restarts the kiosk after
 * {@code WatchdogSec}.
 *
 * <p>A probe that hangs is not waited for beyond the time limit, and is not asked again until it
 * has answered: it keeps one probe thread, never more. Without a systemd watchdog (the demo, a
 * laptop) the probes still run every {@link #INTERVAL_WITHOUT_SYSTEMD}/2 and their problems are
 * logged.
 */
public final class Watchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    static final Duration INTERVAL_WITHOUT_SYSTEMD = Duration.ofSeconds(30);
    static final Duration REPEAT_WARNING = Duration.ofMinutes(1);

    private final Clock clock;
    private final SystemdNotifier notifier;
    private final List<HealthProbe> probes;
    private final Duration checkPeriod;
    private final Duration probeTimeLimit;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService probeThreads;
    private final AtomicBoolean readySent = new AtomicBoolean();
    /** Per probe, the question still out from an earlier check (guarded by this). */
    private final List<Optional<Question>> unanswered;

    private Optional<List<String>> lastFailingProbes = Optional.empty();
    private Optional<Instant> lastWarning = Optional.empty();
    private boolean healthy;

    private record Question(Future<Optional<String>> answer, Instant askedAt) {}

    /** What is wrong with one probe. */
    record Problem(String probe, String what) {
        @Override
        public String toString() {
            return probe + ": " + what;
        }
    }

    /** Probes in the order they are reported; their names should be short and different ("alarm", "store"). */
    public Watchdog(Clock clock, SystemdNotifier notifier, List<HealthProbe> probes) {
        if (probes.isEmpty()) {
            throw new IllegalArgumentException("a watchdog needs at least one health probe");
        }
        this.clock = clock;
        this.notifier = notifier;
        this.probes = List.copyOf(probes);
        var interval = notifier.watchdogInterval().orElse(INTERVAL_WITHOUT_SYSTEMD);
        this.checkPeriod = interval.dividedBy(2);
        this.probeTimeLimit = interval.dividedBy(3);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("watchdog").daemon().factory());
        this.probeThreads = Executors.newFixedThreadPool(
                this.probes.size(),
                Thread.ofPlatform().name("watchdog-probe-", 1).daemon().factory());
        this.unanswered = new ArrayList<>(Collections.nCopies(this.probes.size(), Optional.<Question>empty()));
    }

    /**
     * Start-up is complete (the alarm runs): sends {@code READY=1} once and starts checking, the
     * first check at once. systemd arms the watchdog when it receives READY=1. Later calls do nothing.
     */
    public void ready() {
        if (!readySent.compareAndSet(false, true)) {
            return;
        }
        notifier.ready();
        LOG.info(
                "Ready; checking {} every {} ms (a probe has {} ms to answer)",
                probes.stream().map(HealthProbe::name).toList(),
                checkPeriod.toMillis(),
                probeTimeLimit.toMillis());
        scheduler.scheduleAtFixedRate(this::checkAndReport, 0, checkPeriod.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops checking and sends {@code STOPPING=1}: the kiosk is shutting down on purpose. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(probeTimeLimit.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                LOG.warn("The watchdog's last check did not end in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        probeThreads.shutdown();
        notifier.stopping();
    }

    /** One check and what follows from it; never throws, so the schedule goes on. */
    private void checkAndReport() {
        try {
            var problems = check();
            if (problems.isEmpty()) {
                notifier.watchdog();
                reportHealthy();
            } else {
                reportUnhealthy(problems);
            }
        } catch (RuntimeException e) {
            LOG.error("The watchdog check failed: systemd is not told that the kiosk is healthy", e);
        }
    }

    /** Asks every probe and returns the problems in probe order; empty when all is well. */
    synchronized List<Problem> check() {
        long deadline = System.nanoTime() + probeTimeLimit.toNanos();
        var asked = new ArrayList<Optional<Future<Optional<String>>>>();
        var problems = new ArrayList<Optional<Problem>>();
        for (int i = 0; i < probes.size(); i++) {
            var probe = probes.get(i);
            var earlier =
                    unanswered.get(i).filter(question -> !question.answer().isDone());
            if (earlier.isPresent()) {
                asked.add(Optional.empty());
                problems.add(Optional.of(new Problem(
                        probe.name(),
                        "has not answered since it was asked at "
                                + earlier.get().askedAt())));
                continue;
            }
            var answer = probeThreads.submit(probe::problem);
            unanswered.set(i, Optional.of(new Question(answer, clock.instant())));
            asked.add(Optional.of(answer));
            problems.add(Optional.empty());
        }
        for (int i = 0; i < probes.size(); i++) {
            if (asked.get(i).isPresent()) {
                problems.set(i, answerOf(probes.get(i), asked.get(i).get(), deadline));
            }
        }
        return problems.stream().flatMap(Optional::stream).toList();
    }

    private Optional<Problem> answerOf(HealthProbe probe, Future<Optional<String>> answer, long deadline) {
        String what;
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .map(problem -> new Problem(probe.name(), problem));
        } catch (TimeoutException e) {
            what = "did not answer within " + Durations.describe(probeTimeLimit);
        } catch (ExecutionException e) {
            what = "failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            what = "not asked to the end (the watchdog is stopping)";
        }
        return Optional.of(new Problem(probe.name(), what));
    }

    private void reportHealthy() {
        if (healthy) {
            return;
        }
        var names = probes.stream().map(HealthProbe::name).toList();
        notifier.status("Healthy: " + String.join(", ", names));
        if (lastFailingProbes.isPresent()) {
            LOG.info("Healthy again ({}): the systemd watchdog is fed again", String.join(", ", names));
        }
        healthy = true;
        lastFailingProbes = Optional.empty();
        lastWarning = Optional.empty();
    }

    private void reportUnhealthy(List<Problem> problems) {
        var text = "Unhealthy, not feeding the watchdog: "
                + String.join("; ", problems.stream().map(Problem::toString).toList());
        notifier.status(text);
        healthy = false;
        var failing = problems.stream().map(Problem::probe).toList();
        var now = clock.instant();
        boolean sameAsBefore = lastFailingProbes.equals(Optional.of(failing));
        if (sameAsBefore
                && lastWarning.filter(last -> warnedRecently(last, now)).isPresent()) {
            return;
        }
        LOG.warn(
                "{}. {}",
                text,
                notifier.watchdogInterval()
                        .map(interval -> "systemd restarts the kiosk if this lasts " + Durations.describe(interval))
                        .orElse("No systemd watchdog here: nothing restarts the kiosk"));
        lastFailingProbes = Optional.of(failing);
        lastWarning = Optional.of(now);
    }

    /** Less than {@link #REPEAT_WARNING} ago; a clock set back counts as long ago. */
    private static boolean warnedRecently(Instant last, Instant now) {
        var since = Duration.between(last, now);
        return !since.isNegative() && since.compareTo(REPEAT_WARNING) < 0;
    }
}
