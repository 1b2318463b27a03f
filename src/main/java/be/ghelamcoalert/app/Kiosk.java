package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiAlertRepository;
import be.ghelamcoalert.adapter.persistence.JdbiAuditLog;
import be.ghelamcoalert.adapter.persistence.JdbiEventRepository;
import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.adapter.persistence.JdbiNoticeRepository;
import be.ghelamcoalert.adapter.persistence.JdbiPinLockoutStore;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.PinHash;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.service.AdminPin;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.EventPlanning;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.MetricsAggregator;
import be.ghelamcoalert.core.service.StatusBoard;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the store, the core services and the adapters in start order and
 * closes them in reverse order.
 */
public final class Kiosk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);

    private final KioskConfig config;
    private final Clock clock;
    private final Database database;
    private final ChangeFeed changes = new ChangeFeed();
    private final StatusBoard status;
    private final EventPlanning planning;
    private final KioskCommandService commands;
    private final KioskQueries queries;
    private final Deque<AutoCloseable> closeInReverse = new ArrayDeque<>();
    private final EventRepository events;
    private final AlertRepository alerts;
    private final NoticeRepository notices;
    private final AuditLog audit;
    private final JdbiMetricsOutbox metricsOutbox;
    private final MetricsAggregator metrics;
    private final JdbiJobLedger jobLedger;

    private Kiosk(KioskConfig config, Clock clock, Database database) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.status = new StatusBoard(clock, changes);
        var planner =
                new AlertPlanner(config.deadlines().policy(), config.alerts().policy());
        this.events = new JdbiEventRepository(database);
        this.alerts = new JdbiAlertRepository(database);
        this.notices = new JdbiNoticeRepository(database);
        this.audit = new JdbiAuditLog(database);
        this.planning = new EventPlanning(clock, events, alerts, audit, planner);
        this.metricsOutbox = new JdbiMetricsOutbox(database, clock);
        this.metrics = new MetricsAggregator(clock, metricsOutbox);
        this.jobLedger = new JdbiJobLedger(database);
        var settings = SettingsWiring.service(config, database);
        this.commands = new KioskCommandService(
                clock, database, events, alerts, notices, audit, planning, changes, settings, metrics);
        this.queries = new KioskQueries(clock, events, alerts, notices, audit, planner, settings);
    }

    /** Opens the database in {@code dataDirectory} and wires the core around it. */
    public static Kiosk open(KioskConfig config, Clock clock, Path dataDirectory) {
        var kiosk = new Kiosk(config, clock, Database.open(dataDirectory));
        LOG.info("Kiosk '{}' opened with data in {}", config.kiosk().name(), dataDirectory);
        return kiosk;
    }

    /** Registers something to close when the kiosk stops, before the ones registered earlier. */
    public <T extends AutoCloseable> T closeOnStop(T resource) {
        closeInReverse.push(resource);
        return resource;
    }

    public KioskConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public EventRepository events() {
        return events;
    }

    public AlertRepository alerts() {
        return alerts;
    }

    public NoticeRepository notices() {
        return notices;
    }

    public AuditLog audit() {
        return audit;
    }

    public ChangeFeed changes() {
        return changes;
    }

    public StatusBoard status() {
        return status;
    }

    public EventPlanning planning() {
        return planning;
    }

    public KioskCommandService commands() {
        return commands;
    }

    public KioskQueries queries() {
        return queries;
    }

    /**
     * The admin PIN from {@code ui.adminPin}, kept as a salted hash. Outside the demo the
     * documented default PIN is no PIN at all: admin actions stay locked until one is set.
     */
    public AdminPin adminPin(boolean demo) {
        var ui = config.ui();
        var pin = ui.usesDefaultPin() && !demo
                ? Optional.<PinHash>empty()
                : Optional.of(PinHash.of(ui.adminPin(), new SecureRandom()));
        if (pin.isEmpty()) {
            LOG.warn(
                    "No admin PIN is set (the documented default does not count outside the demo): admin actions stay locked."
                            + " Set GHELAMCO__UI__ADMINPIN");
        }
        return new AdminPin(pin, new JdbiPinLockoutStore(database), audit, database, clock);
    }

    /** The usage counters (5-minute windows), which every part counts into. */
    public MetricsAggregator metrics() {
        return metrics;
    }

    /** The stored metric windows: the metrics screen reads them, the cloud publishes them. */
    public JdbiMetricsOutbox metricsOutbox() {
        return metricsOutbox;
    }

    /** The remote jobs received and what became of them: the cloud writes it, the remote-commands screen reads it. */
    public JdbiJobLedger jobLedger() {
        return jobLedger;
    }

    @Override
    public void close() {
        while (!closeInReverse.isEmpty()) {
            var resource = closeInReverse.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", resource, e);
            }
        }
        metrics.flush(); // the unfinished window, so its counts survive the restart
        database.close();
        LOG.info("Kiosk stopped");
    }
}
