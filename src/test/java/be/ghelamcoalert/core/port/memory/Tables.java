package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.model.SettingsOverrides;
import be.ghelamcoalert.core.model.fixtures.Pairing;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import be.ghelamcoalert.core.port.FixtureImportStore.RawPage;
import be.ghelamcoalert.core.port.JobLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of the in-memory store, one collection per H2 table. Rows are immutable records, so a
 * copy of the collections is a snapshot a transaction can go back to.
 */
final class Tables {
    /** A remote job execution as H2 keeps it: its arrival order and whether the cloud accepted its status. */
    record JobRow(JobLedger.Entry entry, long arrival, boolean reported) {}

    record JobKey(String jobId, long executionNumber) {}

    record MetricRow(MetricWindow window, boolean published) {}

    final Map<EventId, Event> events;
    final Map<AlertId, Alert> alerts;
    final TreeMap<Long, Notice> notices;
    final List<AuditEntry> audit;
    Optional<SettingsOverrides> settings;
    Optional<PinLockout> pinLockout;
    final Map<JobKey, JobRow> jobs;
    final TreeMap<Long, MetricRow> metrics;
    final Map<String, SourceHealth> sourceHealth;
    final Map<SourceRef, EventId> links;
    final Map<EventId, Pairing> pairings;
    final TreeMap<Long, RawPage> rawPages;

    Tables() {
        this(
                new HashMap<>(),
                new HashMap<>(),
                new TreeMap<>(),
                new ArrayList<>(),
                Optional.empty(),
                Optional.empty(),
                new HashMap<>(),
                new TreeMap<>(),
                new HashMap<>(),
                new HashMap<>(),
                new HashMap<>(),
                new TreeMap<>());
    }

    private Tables(
            Map<EventId, Event> events,
            Map<AlertId, Alert> alerts,
            TreeMap<Long, Notice> notices,
            List<AuditEntry> audit,
            Optional<SettingsOverrides> settings,
            Optional<PinLockout> pinLockout,
            Map<JobKey, JobRow> jobs,
            TreeMap<Long, MetricRow> metrics,
            Map<String, SourceHealth> sourceHealth,
            Map<SourceRef, EventId> links,
            Map<EventId, Pairing> pairings,
            TreeMap<Long, RawPage> rawPages) {
        this.events = events;
        this.alerts = alerts;
        this.notices = notices;
        this.audit = audit;
        this.settings = settings;
        this.pinLockout = pinLockout;
        this.jobs = jobs;
        this.metrics = metrics;
        this.sourceHealth = sourceHealth;
        this.links = links;
        this.pairings = pairings;
        this.rawPages = rawPages;
    }

    Tables copy() {
        return new Tables(
                new HashMap<>(events),
                new HashMap<>(alerts),
                new TreeMap<>(notices),
                new ArrayList<>(audit),
                settings,
                pinLockout,
                new HashMap<>(jobs),
                new TreeMap<>(metrics),
                new HashMap<>(sourceHealth),
                new HashMap<>(links),
                new HashMap<>(pairings),
                new TreeMap<>(rawPages));
    }

    /** What the foreign keys of H2's alerts and pairings demand: the event is stored. */
    void requireEvent(EventId id, String row) {
        if (!events.containsKey(id)) {
            throw new IllegalStateException(row + " refers to event " + id.value() + ", which is not stored");
        }
    }
}
