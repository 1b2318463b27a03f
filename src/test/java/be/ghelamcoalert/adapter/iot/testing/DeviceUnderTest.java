package be.ghelamcoalert.adapter.iot.testing;

import be.ghelamcoalert.adapter.iot.IotDevice;
import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiAlertRepository;
import be.ghelamcoalert.adapter.persistence.JdbiAuditLog;
import be.ghelamcoalert.adapter.persistence.JdbiEventRepository;
import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.adapter.persistence.JdbiNoticeRepository;
import be.ghelamcoalert.adapter.persistence.JdbiSettingsRepository;
import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.DeviceSettingsService;
import be.ghelamcoalert.core.service.EventPlanning;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.MetricsAggregator;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kiosk's core on a real H2 file plus the IoT device, wired as the app wires them, against
 * the test broker. Light tests and fixture refreshes are recorded (those belong to other parts).
 */
@IntegrationTest
public final class DeviceUnderTest implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    public final MutableClock clock;
    public final Database database;
    public final ChangeFeed changes = new ChangeFeed();
    public final StatusBoard status;
    public final KioskCommandService commands;
    public final KioskQueries queries;
    public final JdbiJobLedger ledger;
    /** The ledger as the device uses it: the same store, with a fault that tests switch on per job. */
    public final BrokenLedger brokenLedger;

    public final JdbiMetricsOutbox outbox;
    public final MetricsAggregator metrics;
    public final JdbiEventRepository events;
    public final JdbiAlertRepository alerts;
    public final JdbiAuditLog audit;
    public final List<Duration> lightTests = new CopyOnWriteArrayList<>();
    public final List<String> refreshes = new CopyOnWriteArrayList<>();
    private final RemoteJobService remoteJobs;
    private final JobDocumentReader reader;
    private IotDevice device;

    public DeviceUnderTest(Path dataDirectory, MutableClock clock) {
        this.clock = clock;
        this.database = Database.open(dataDirectory);
        this.reader = new JobDocumentReader(clock, ZONE);
        this.status = new StatusBoard(clock, changes);
        var planner = new AlertPlanner(
                new DeadlinePolicy(ZONE, Duration.ofHours(3), Map.<EventKind, Duration>of(), LocalTime.of(12, 30)),
                AlertPolicy.standard());
        events = new JdbiEventRepository(database);
        alerts = new JdbiAlertRepository(database);
        var notices = new JdbiNoticeRepository(database);
        audit = new JdbiAuditLog(database);
        var planning = new EventPlanning(clock, events, alerts, audit, planner);
        ledger = new JdbiJobLedger(database);
        outbox = new JdbiMetricsOutbox(database, clock);
        metrics = new MetricsAggregator(clock, outbox);
        var settings = new DeviceSettingsService(
                new DeviceSettings(
                        Language.NL,
                        new NightSchedule(false, LocalTime.of(22, 0), LocalTime.of(6, 0), NightSchedule.Action.DIM)),
                new DeviceFacts("Device under test", "test", dataDirectory.toString(), Optional.empty(), 17),
                new JdbiSettingsRepository(database));
        commands = new KioskCommandService(
                clock, database, events, alerts, notices, audit, planning, changes, settings, metrics);
        queries = new KioskQueries(clock, events, alerts, notices, audit, planner, settings);
        commands.useLightTester((duration, actor) -> lightTests.add(duration));
        commands.useFixtureRefresh(actor -> {
            refreshes.add(actor.reference());
            return new FixtureRefresh.Refreshed(0, 0, 0, "0 changes; club: OK (17 at our venue)");
        });
        brokenLedger = new BrokenLedger(ledger);
        remoteJobs = new RemoteJobService(clock, database, brokenLedger, commands, queries, metrics);
    }

    public static IotSettings settings(
            String thing, TlsBroker broker, TestCertificates.Client cert, TestCertificates pki) {
        return new IotSettings(
                "localhost",
                broker.port(),
                thing,
                cert.certificate().toString(),
                cert.privateKey().toString(),
                Optional.of(pki.caCertificate().toString()),
                Duration.ofMillis(100),
                Duration.ofMillis(500),
                Duration.ofSeconds(3),
                Duration.ofMillis(200));
    }

    public IotDevice connect(IotSettings settings) {
        device = IotDevice.start(
                settings,
                new IotDevice.Parts(
                        clock, status, changes, queries, remoteJobs, brokenLedger, reader, outbox, metrics, "test-1.0"),
                Duration.ofMillis(300));
        metrics.onWindowClosed(device::windowClosed);
        return device;
    }

    public RemoteJobService remoteJobs() {
        return remoteJobs;
    }

    public JobDocumentReader reader() {
        return reader;
    }

    /** Stops the device without closing the store, as a crash of the IoT side would. */
    public void disconnect() {
        if (device != null) {
            device.close();
            device = null;
        }
    }

    @Override
    public void close() {
        disconnect();
        database.close();
    }
}
