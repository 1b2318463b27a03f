package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.memory.InMemoryStore;
import be.ghelamcoalert.testing.MutableClock;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The core services wired as {@code app.Kiosk} wires them, on the in-memory fakes of the store's
 * ports and a test clock: for fast tests of the core. {@link #restarted()} builds the core again on
 * the same store, as a restart finds the file.
 */
final class KioskCore {
    /** The configured settings when a test does not say: Dutch, no night mode. */
    static final DeviceSettings CONFIGURED = new DeviceSettings(
            Language.NL, new NightSchedule(false, LocalTime.of(22, 0), LocalTime.of(6, 0), NightSchedule.Action.DIM));

    private final MutableClock clock;
    private final InMemoryStore store;
    private final DeviceSettings configured;
    private final ChangeFeed changes = new ChangeFeed();
    private final EventRepository events;
    private final AlertRepository alerts;
    private final NoticeRepository notices;
    private final AuditLog audit;
    private final JobLedger jobLedger;
    private final MetricsOutbox metricsOutbox;
    private final EventPlanning planning;
    private final MetricsAggregator metrics;
    private final KioskCommandService commands;
    private final KioskQueries queries;
    private final RemoteJobService remoteJobs;

    KioskCore(MutableClock clock) {
        this(clock, new InMemoryStore(), CONFIGURED);
    }

    KioskCore(MutableClock clock, DeviceSettings configured) {
        this(clock, new InMemoryStore(), configured);
    }

    private KioskCore(MutableClock clock, InMemoryStore store, DeviceSettings configured) {
        this.clock = clock;
        this.store = store;
        this.configured = configured;
        var planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
        events = store.events();
        alerts = store.alerts();
        notices = store.notices();
        audit = store.audit();
        jobLedger = store.jobLedger();
        metricsOutbox = store.metricsOutbox(clock);
        planning = new EventPlanning(clock, events, alerts, audit, planner);
        metrics = new MetricsAggregator(clock, metricsOutbox);
        var settings = new DeviceSettingsService(
                configured, new DeviceFacts("Lobby", "test", "in memory", Optional.empty(), 17), store.settings());
        commands = new KioskCommandService(
                clock, store, events, alerts, notices, audit, planning, changes, settings, metrics);
        queries = new KioskQueries(clock, events, alerts, notices, audit, planner, settings);
        remoteJobs = remoteJobs(jobLedger);
    }

    /** The core built again on the same store and configuration: what the kiosk is after a restart. */
    KioskCore restarted() {
        metrics.flush();
        return new KioskCore(clock, store, configured);
    }

    /** The remote job runner over this core, with the kiosk's own ledger. */
    RemoteJobService remoteJobs() {
        return remoteJobs;
    }

    /** A remote job runner over this core that records executions in {@code ledger}. */
    RemoteJobService remoteJobs(JobLedger ledger) {
        return new RemoteJobService(clock, store, ledger, commands, queries, metrics);
    }

    MutableClock clock() {
        return clock;
    }

    InMemoryStore store() {
        return store;
    }

    ChangeFeed changes() {
        return changes;
    }

    EventRepository events() {
        return events;
    }

    AlertRepository alerts() {
        return alerts;
    }

    NoticeRepository notices() {
        return notices;
    }

    AuditLog audit() {
        return audit;
    }

    JobLedger jobLedger() {
        return jobLedger;
    }

    EventPlanning planning() {
        return planning;
    }

    MetricsAggregator metrics() {
        return metrics;
    }

    KioskCommandService commands() {
        return commands;
    }

    KioskQueries queries() {
        return queries;
    }
}
