package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.fixtures.FixtureChange;
import be.ghelamcoalert.core.model.fixtures.FixtureReconciler.Identified;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.port.FixtureRefresh;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one import run saw and did (or, in a dry run, would do).
 *
 * @param sources  each source's health after this run
 * @param listed   every fixture of the accepted sources, identified
 * @param changes  the changes to the stored events
 * @param applied  false for a dry run
 */
public record FixtureImportReport(
        List<SourceHealth> sources,
        List<Identified> listed,
        List<FixtureChange> changes,
        List<String> ignored,
        boolean applied) {

    public FixtureImportReport {
        sources = List.copyOf(sources);
        listed = List.copyOf(listed);
        changes = List.copyOf(changes);
        ignored = List.copyOf(ignored);
    }

    public boolean anyQuarantined() {
        return sources.stream().anyMatch(s -> s.health() == Health.BROKEN);
    }

    public boolean anyFailed() {
        return sources.stream().anyMatch(s -> s.health() == Health.FAILING);
    }

    /** What this run did, counted for the screen: changes, sources that could not be fetched, quarantined ones. */
    public FixtureRefresh.Refreshed refreshed() {
        return new FixtureRefresh.Refreshed(changes.size(), count(Health.FAILING), count(Health.BROKEN), summary());
    }

    private int count(Health health) {
        return (int) sources.stream().filter(s -> s.health() == health).count();
    }

    /** One line for logs and a job's status: "2 changes; club: OK (17 at our venue), ...". */
    public String summary() {
        var perSource = sources.stream()
                .map(s -> s.source() + ": " + s.health() + " (" + s.reason() + ")")
                .collect(Collectors.joining("; "));
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + (applied ? "" : " (dry run)") + "; "
                + perSource;
    }
}
