package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.fixtures.FixtureChange;
import be.ghelamcoalert.core.model.fixtures.FixtureReconciler;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fixture import: reads every source, quarantines what looks broken, and brings the stored
 * events in line with the rest in one transaction (alerts re-planned, notices for the lobby, every
 * change audited with the source as actor). Runs on the schedule and on "refresh now".
 */
public final class FixtureImportService implements FixtureRefresh {
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
    /** What the last applied import read and did: the same pages on the same day change nothing. */
    private Optional<Applied> lastApplied = Optional.empty();
    /**
     * The health this service last stored per source. The service is the only writer of source
     * health, so after the first read per source the store is not asked again on every import.
     */
    private final Map<String, SourceHealth> storedHealth = new HashMap<>();

    private record Applied(LocalDate day, List<SourcePage> pages, Reconciliation result) {}

    public FixtureImportService(Clock clock, Transactor tx, EventRepository events, EventPlanning planning,
            NoticeRepository notices, FixtureImportStore store, List<FixtureSource> sources, ImportGuard guard,
            FixtureReconciler reconciler, StatusBoard status, ChangeFeed changes, MetricsRecorder metrics) {
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
        var names = new HashSet<String>();
        this.sources.forEach(s -> {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two fixture sources are called '" + s.name() + "'");
            }
        });
    }

    /** Shows the health remembered from the last run, before the first import of this run. */
    public void publishStoredStatus() {
        status.fixtures(overall(sources.stream().map(s -> store.health(s.name()).orElse(SourceHealth.unknown(s.name()))).toList()));
    }

    @Override
    public Refreshed refreshNow(Actor actor) {
        return run(actor).refreshed();
    }

    /** Imports from every source and applies the result. */
    public FixtureImportReport run(Actor actor) {
        return run(actor, true);
    }

    /** What an import would change, without changing anything (the operator's dry run). */
    public FixtureImportReport dryRun(Actor actor) {
        return run(actor, false);
    }

    private synchronized FixtureImportReport run(Actor actor, boolean apply) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, planning.planner().deadlines().zone());
        LOG.info("Fixture import started by {}{}", actor, apply ? "" : " (dry run)");
        var healths = new ArrayList<SourceHealth>();
        var accepted = new ArrayList<SourcePage>();
        var rawPages = new ArrayList<RawPage>();
        for (var source : sources) {
            var previous = storedHealth.containsKey(source.name()) ? storedHealth.get(source.name())
                    : store.health(source.name()).orElse(SourceHealth.unknown(source.name()));
            healths.add(read(source, previous, now, today, accepted, rawPages));
        }
        var result = reconcile(accepted, today, apply);
        var report = new FixtureImportReport(healths, result.listed(), result.changes(), result.ignored(), apply);
        if (apply) {
            tx.run(() -> {
                result.changes().forEach(change -> apply(change, now));
                store.saveLinks(result.links());
                store.savePairings(result.pairings());
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

    /**
     * Compares the accepted pages with the stored events. Reconciling is idempotent, so when the
     * sources gave exactly what the last applied import read, on the same day, it has nothing to
     * change (the import's own events only change through the import; a person can only mute them).
     */
    private Reconciliation reconcile(List<SourcePage> accepted, LocalDate today, boolean apply) {
        var same = lastApplied.filter(last -> apply && last.day().equals(today) && last.pages().equals(accepted));
        if (same.isPresent()) {
            var previous = same.get().result();
            return new Reconciliation(previous.listed(), List.of(), Map.of(), Map.of(), previous.ignored());
        }
        var fixtures = accepted.stream().flatMap(p -> p.fixtures().stream()).toList();
        var healthy = accepted.stream().map(SourcePage::source).collect(Collectors.toSet());
        return reconciler.reconcile(fixtures, healthy, events.all(), store.links(), store.pairings(), today);
    }

    private SourceHealth read(FixtureSource source, SourceHealth previous, Instant now, LocalDate today,
            List<SourcePage> accepted, List<RawPage> rawPages) {
        SourcePage page;
        try {
            page = source.fetch();
        } catch (SourceUnavailableException e) {
            LOG.warn("Fixture source {} unavailable: {}", source.name(), e.getMessage());
            metrics.increment(MetricNames.IMPORTS_FAILED);
            return previous.failing(now, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Fixture source {} failed unexpectedly", source.name(), e);
            metrics.increment(MetricNames.IMPORTS_FAILED);
            return previous.failing(now, "unexpected error: " + e);
        }
        var baseline = previous.lastGood().isPresent() ? OptionalInt.of(previous.lastGoodAtVenue()) : OptionalInt.empty();
        var verdict = guard.check(page, today, baseline);
        if (!verdict.accepted()) {
            LOG.warn("Fixture source {} quarantined: {}", source.name(), verdict.reason());
            metrics.increment(MetricNames.IMPORTS_QUARANTINED);
            rawPages.add(new RawPage(source.name(), now, verdict.reason(), page.raw()));
            return previous.broken(now, "quarantined: " + verdict.reason());
        }
        page.problems().forEach(p -> LOG.warn("Fixture source {}: {}", source.name(), p));
        metrics.increment(MetricNames.IMPORTS_OK);
        accepted.add(page);
        int atVenue = guard.futureAtVenue(page, today);
        var read = page.fixtures().size() + " fixtures, " + atVenue + " ahead at our venue"
                + (page.problems().isEmpty() ? "" : ", " + page.problems().size() + " rows unreadable");
        return previous.good(now, atVenue, read);
    }

    private void apply(FixtureChange change, Instant now) {
        var actor = Actor.fixtureImport(change.source());
        planning.store(change.after(), actor, change.action(), change.detail());
        change.notice().ifPresent(notice -> notices.add(Optional.of(change.after().id()), notice, now));
    }

    /** The worst source decides the health; the oldest good import is how old the data may be. */
    static ImportStatus overall(List<SourceHealth> healths) {
        if (healths.isEmpty()) {
            return ImportStatus.notConfigured();
        }
        var worst = healths.stream().map(SourceHealth::health).max(Comparator.comparingInt(FixtureImportService::severity))
                .orElse(Health.UNKNOWN);
        Optional<Instant> oldestGood = healths.stream().allMatch(h -> h.lastGood().isPresent())
                ? healths.stream().map(h -> h.lastGood().orElseThrow()).min(Comparator.naturalOrder())
                : healths.stream().flatMap(h -> h.lastGood().stream()).min(Comparator.naturalOrder());
        var detail = worst == Health.OK
                ? healths.stream().map(h -> h.source() + ": " + h.reason()).collect(Collectors.joining("; "))
                : healths.stream().filter(h -> h.health() != Health.OK).map(h -> h.source() + ": " + h.reason())
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
}
