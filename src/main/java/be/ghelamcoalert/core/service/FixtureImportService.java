package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.fixtures.FixtureChange;
import be.ghelamcoalert.core.model.fixtures.FixtureReconciler;
import be.ghelamcoalert.core.model.fixtures.GuardVerdict;
import be.ghelamcoalert.core.model.fixtures.ImportGuard;
import be.ghelamcoalert.core.model.fixtures.Reconciliation;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourcePage;
import be.ghelamcoalert.core.model.fixtures.SourceUnavailableException;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.FixtureImportStore;
import be.ghelamcoalert.core.port.FixtureImportStore.RawPage;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.core.port.FixtureSource;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fixture import: reads every source, quarantines what looks broken, and brings the stored
 * events in line with the rest in one transaction (alerts re-planned, notices for the lobby, every
 * change audited with the source as actor). Runs on the schedule and on "refresh now".
 *
 * <p>Every import runs on the import's own executor, never on the caller's thread: a site that
 * hangs holds up neither the screen nor the remote jobs. One import at a time: a refresh asked for
 * while one runs joins it and gets its result.
 */
public final class FixtureImportService implements FixtureRefresh, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FixtureImportService.class);

    private final Clock clock;
    private final Transactor tx;
    private final EventRepository events;
    private final EventPlanning planning;
    private final NoticeRepository notices;
    private final FixtureImportStore store;
    private final List<FixtureSource> sources;
    private final ImportGuard guard;
    private final FixtureReconciler reconciler;
    private final StatusBoard status;
    private final ChangeFeed changes;
    private final MetricsRecorder metrics;
    private final ExecutorService imports;
    private final Object flight = new Object();
    /** The import running or queued, which a refresh asked for meanwhile joins. Guarded by {@link #flight}. */
    private CompletableFuture<FixtureImportReport> running = CompletableFuture.completedFuture(null);
    /** What the last applied import read and did: the same pages on the same day change nothing. */
    private Optional<Applied> lastApplied = Optional.empty();
    /**
     * The health this service last stored per source. The service is the only writer of source
     * health, so after the first read per source the store is not asked again on every import.
     */
    private final Map<String, SourceHealth> storedHealth = new HashMap<>();

    private record Applied(LocalDate day, List<SourcePage> pages, Reconciliation result) {}

    /** @param imports runs the imports, one at a time (give it one thread of its own); shut down by {@link #close()} */
    public FixtureImportService(
            Clock clock,
            Transactor tx,
            EventRepository events,
            EventPlanning planning,
            NoticeRepository notices,
            FixtureImportStore store,
            List<FixtureSource> sources,
            ImportGuard guard,
            FixtureReconciler reconciler,
            StatusBoard status,
            ChangeFeed changes,
            MetricsRecorder metrics,
            ExecutorService imports) {
        this.clock = clock;
        this.tx = tx;
        this.events = events;
        this.planning = planning;
        this.notices = notices;
        this.store = store;
        this.sources = List.copyOf(sources);
        this.guard = guard;
        this.reconciler = reconciler;
        this.status = status;
        this.changes = changes;
        this.metrics = metrics;
        this.imports = Objects.requireNonNull(imports, "imports");
        var names = new HashSet<String>();
        this.sources.forEach(s -> {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two fixture sources are called '" + s.name() + "'");
            }
        });
    }

    /** Shows the health remembered from the last run, before the first import of this run. */
    public void publishStoredStatus() {
        status.fixtures(overall(sources.stream()
                .map(s -> store.health(s.name()).orElse(SourceHealth.unknown(s.name())))
                .toList()));
    }

    /**
     * Starts an import on the import's executor, or joins the one running: every caller of the
     * same import gets the same report. The future fails when the import fails (not when a source
     * does: that is in the report).
     */
    public CompletableFuture<FixtureImportReport> start(Actor actor) {
        synchronized (flight) {
            if (!running.isDone()) {
                LOG.info("Fixture import asked for by {} joins the import already running", actor);
                return running.copy();
            }
            running = CompletableFuture.supplyAsync(() -> importOnce(actor, true), imports);
            return running.copy();
        }
    }

    @Override
    public CompletableFuture<Refreshed> refresh(Actor actor) {
        return start(actor).thenApply(FixtureImportReport::refreshed);
    }

    /** Imports now (or joins the import running) and waits for it. */
    @Override
    public Refreshed refreshNow(Actor actor) {
        return waitFor(refresh(actor));
    }

    /** Imports from every source and applies the result; waits for it (or for the import running). */
    public FixtureImportReport run(Actor actor) {
        return waitFor(start(actor));
    }

    /** What an import would change, without changing anything (the operator's dry run); runs after the import running. */
    public FixtureImportReport dryRun(Actor actor) {
        return waitFor(CompletableFuture.supplyAsync(() -> importOnce(actor, false), imports));
    }

    private static <T> T waitFor(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * One import; runs on the import executor only. Synchronized so that a dry run never overlaps an
     * import even on an executor with more threads: no caller's thread ever waits on this lock.
     */
    private synchronized FixtureImportReport importOnce(Actor actor, boolean apply) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, planning.planner().deadlines().zone());
        LOG.info("Fixture import started by {}{}", actor, apply ? "" : " (dry run)");
        var previous = new LinkedHashMap<String, SourceHealth>();
        var outcome = new HashMap<String, SourceHealth>();
        var accepted = new ArrayList<SourcePage>();
        var rawPages = new ArrayList<RawPage>();
        for (var source : sources) {
            var before = storedHealth.containsKey(source.name())
                    ? storedHealth.get(source.name())
                    : store.health(source.name()).orElse(SourceHealth.unknown(source.name()));
            previous.put(source.name(), before);
            read(source, before, now, today, accepted, rawPages).ifPresent(h -> outcome.put(source.name(), h));
        }
        var stored = events.all();
        var result = reconcile(accepted, stored, today, apply);
        for (var mass = massChange(accepted, result, stored, today);
                mass.isPresent();
                mass = massChange(accepted, result, stored, today)) {
            var page = mass.get().page();
            accepted.remove(page);
            outcome.put(
                    page.source(), quarantine(page, mass.get().verdict(), previous.get(page.source()), now, rawPages));
            result = reconcile(accepted, stored, today, apply);
        }
        for (var page : accepted) {
            page.problems().forEach(p -> LOG.warn("Fixture source {}: {}", page.source(), p));
            metrics.increment(MetricNames.IMPORTS_OK);
            int atVenue = guard.futureAtVenue(page, today);
            var read = page.fixtures().size() + " fixtures, " + atVenue + " ahead at our venue"
                    + (page.problems().isEmpty() ? "" : ", " + page.problems().size() + " rows unreadable");
            outcome.put(page.source(), previous.get(page.source()).good(now, atVenue, read));
        }
        var healths = sources.stream().map(s -> outcome.get(s.name())).toList();
        var report = new FixtureImportReport(healths, result.listed(), result.changes(), result.ignored(), apply);
        if (apply) {
            var applied = result;
            tx.run(() -> {
                applied.changes().forEach(change -> apply(change, now));
                store.saveLinks(applied.links());
                store.savePairings(applied.pairings());
                healths.forEach(store::saveHealth);
                rawPages.forEach(store::keepRawPage);
            });
            healths.forEach(h -> storedHealth.put(h.source(), h));
            lastApplied = Optional.of(new Applied(today, List.copyOf(accepted), result));
            status.fixtures(overall(healths));
            if (!result.changes().isEmpty()) {
                changes.publish(ChangeFeed.Topic.EVENTS);
                if (result.changes().stream().anyMatch(c -> c.notice().isPresent())) {
                    changes.publish(ChangeFeed.Topic.NOTICES);
                }
            }
        }
        LOG.info("Fixture import done: {}", report.summary());
        return report;
    }

    private record MassChange(SourcePage page, GuardVerdict verdict) {}

    /** The first accepted page whose changes the guard does not believe (mass cancellation or creation). */
    private Optional<MassChange> massChange(
            List<SourcePage> accepted, Reconciliation result, List<Event> stored, LocalDate today) {
        return accepted.stream()
                .map(page -> new MassChange(page, guard.checkChanges(page.source(), result.changes(), stored, today)))
                .filter(m -> !m.verdict().accepted())
                .findFirst();
    }

    /**
     * Compares the accepted pages with the stored events. Reconciling is idempotent, so when the
     * sources gave exactly what the last applied import read, on the same day, it has nothing to
     * change (the import's own events only change through the import; a person can only mute them).
     */
    private Reconciliation reconcile(List<SourcePage> accepted, List<Event> stored, LocalDate today, boolean apply) {
        var same = lastApplied.filter(
                last -> apply && last.day().equals(today) && last.pages().equals(accepted));
        if (same.isPresent()) {
            var previous = same.get().result();
            return new Reconciliation(previous.listed(), List.of(), Map.of(), Map.of(), previous.ignored());
        }
        var fixtures = accepted.stream().flatMap(p -> p.fixtures().stream()).toList();
        var healthy = accepted.stream().map(SourcePage::source).collect(Collectors.toSet());
        return reconciler.reconcile(fixtures, healthy, stored, store.links(), store.pairings(), today);
    }

    /** Fetches and checks one source: its health when it failed or was quarantined; otherwise its page joins {@code accepted}. */
    private Optional<SourceHealth> read(
            FixtureSource source,
            SourceHealth previous,
            Instant now,
            LocalDate today,
            List<SourcePage> accepted,
            List<RawPage> rawPages) {
        SourcePage page;
        try {
            page = source.fetch();
        } catch (SourceUnavailableException e) {
            LOG.warn("Fixture source {} unavailable: {}", source.name(), e.getMessage());
            metrics.increment(MetricNames.IMPORTS_FAILED);
            return Optional.of(previous.failing(now, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Fixture source {} failed unexpectedly", source.name(), e);
            metrics.increment(MetricNames.IMPORTS_FAILED);
            return Optional.of(previous.failing(now, "unexpected error: " + e));
        }
        var baseline =
                previous.lastGood().isPresent() ? OptionalInt.of(previous.lastGoodAtVenue()) : OptionalInt.empty();
        var verdict = guard.check(page, today, baseline);
        if (!verdict.accepted()) {
            return Optional.of(quarantine(page, verdict, previous, now, rawPages));
        }
        accepted.add(page);
        return Optional.empty();
    }

    /** Sets the page aside, kept for diagnosis: nothing of it is applied and the screen says why. */
    private SourceHealth quarantine(
            SourcePage page, GuardVerdict verdict, SourceHealth previous, Instant now, List<RawPage> rawPages) {
        LOG.warn("Fixture source {} quarantined: {}", page.source(), verdict.reason());
        metrics.increment(MetricNames.IMPORTS_QUARANTINED);
        rawPages.add(new RawPage(page.source(), now, verdict.reason(), page.raw()));
        return previous.broken(now, "quarantined: " + verdict.reason());
    }

    private void apply(FixtureChange change, Instant now) {
        var actor = Actor.fixtureImport(change.source());
        planning.store(change.after(), actor, change.action(), change.detail());
        change.notice()
                .ifPresent(notice -> notices.add(Optional.of(change.after().id()), notice, now));
    }

    /** The worst source decides the health; the oldest good import is how old the data may be. */
    static ImportStatus overall(List<SourceHealth> healths) {
        if (healths.isEmpty()) {
            return ImportStatus.notConfigured();
        }
        var worst = healths.stream()
                .map(SourceHealth::health)
                .max(Comparator.comparingInt(FixtureImportService::severity))
                .orElse(Health.UNKNOWN);
        Optional<Instant> oldestGood =
                healths.stream().allMatch(h -> h.lastGood().isPresent())
                        ? healths.stream().map(h -> h.lastGood().orElseThrow()).min(Comparator.naturalOrder())
                        : healths.stream().flatMap(h -> h.lastGood().stream()).min(Comparator.naturalOrder());
        var detail = worst == Health.OK
                ? healths.stream().map(h -> h.source() + ": " + h.reason()).collect(Collectors.joining("; "))
                : healths.stream()
                        .filter(h -> h.health() != Health.OK)
                        .map(h -> h.source() + ": " + h.reason())
                        .collect(Collectors.joining("; "));
        return new ImportStatus(worst, oldestGood, detail);
    }

    private static int severity(Health health) {
        return switch (health) {
            case OK, NOT_CONFIGURED -> 0;
            case UNKNOWN -> 1;
            case FAILING -> 2;
            case BROKEN -> 3;
        };
    }

    /** Stops the import executor; an import in the middle of a fetch is interrupted. */
    @Override
    public void close() {
        imports.shutdownNow();
    }
}
