package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.adapter.iot.alarms.AlarmPublisher;
import be.ghelamcoalert.adapter.iot.alarms.AlarmWatch;
import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.iot.jobs.StartNextRequests;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleJson;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReports;
import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.core.service.StatusBoard;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk as an AWS IoT thing: the connection, the jobs agent, the shadow reporters (the classic
 * shadow and the named shadow {@value #SCHEDULE_SHADOW}), the alarm messages and the metrics publisher, started and stopped together.
 */
public final class IotDevice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IotDevice.class);
    /** The named shadow that holds the kiosk's upcoming events and alerts ({@link ScheduleReport}). */
    public static final String SCHEDULE_SHADOW = "schedule";

    /** What the device works with, from the core and the store. */
    public record Parts(
            Clock clock,
            StatusBoard status,
            ChangeFeed changes,
            KioskQueries queries,
            RemoteJobService remoteJobs,
            JobLedger ledger,
            JobDocumentReader reader,
            MetricsOutbox outbox,
            MetricsRecorder metrics,
            String appVersion) {}

    private final IotConnection connection;
    private final JobsAgent agent;
    private final ShadowReporter shadow;
    private final ShadowReporter schedule;
    private final AlarmPublisher alarms;
    private final MetricsPublisher publisher;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("iot-publish").daemon().factory());
    private final ChangeFeed changes;
    private final ChangeFeed.Listener onChange;
    private final MetricsRecorder metrics;
    private final StatusBoard status;

    private IotDevice(IotSettings settings, Parts parts, Duration jobRetryDelay) {
        this.status = parts.status();
        this.connection = IotConnection.create(settings, parts.clock(), parts.status());
        this.changes = parts.changes();
        this.metrics = parts.metrics();
        this.agent = new JobsAgent(
                connection.jobs(),
                new StartNextRequests(connection.mqtt(), settings.thingName(), settings.requestTimeout()),
                settings.thingName(),
                parts.reader(),
                parts.remoteJobs(),
                parts.ledger(),
                settings.requestTimeout(),
                jobRetryDelay);
        this.shadow = new ShadowReporter(
                connection.shadow(),
                settings.thingName(),
                Optional.empty(),
                () -> ReportedState.of(parts.queries(), parts.status(), parts.appVersion()),
                scheduler,
                parts.clock(),
                settings.shadowInterval(),
                settings.requestTimeout());
        var scheduleJson = new ScheduleJson();
        var reports = new ScheduleReports(parts.queries(), parts.status(), parts.appVersion(), scheduleJson);
        this.schedule = new ShadowReporter(
                connection.shadow(),
                settings.thingName(),
                Optional.of(SCHEDULE_SHADOW),
                () -> scheduleJson.asReported(reports.now()),
                scheduler,
                parts.clock(),
                settings.shadowInterval(),
                settings.requestTimeout());
        this.alarms = new AlarmPublisher(
                connection,
                new AlarmWatch(parts.queries().deviceFacts().kioskName()),
                parts.queries()::upcoming,
                scheduler,
                parts.clock(),
                settings.requestTimeout());
        this.publisher =
                new MetricsPublisher(connection, parts.outbox(), scheduler, parts.clock(), settings.requestTimeout());
        this.onChange = topic -> {
            if (topic != ChangeFeed.Topic.CLOUD) {
                shadow.changed();
                schedule.changed();
                alarms.check();
            }
        };
    }

    /**
     * Connects and starts taking jobs.
     *
     * @param jobRetryDelay how long to wait before asking the Jobs service again after it did not answer
     * @throws IotSetupException when the configuration cannot work (e.g. a private key others can read)
     */
    public static IotDevice start(IotSettings settings, Parts parts, Duration jobRetryDelay) {
        var device = new IotDevice(settings, parts, jobRetryDelay);
        device.connection.onConnected(device.agent::connected);
        device.connection.onConnected(device.shadow::connected);
        device.connection.onConnected(device.schedule::connected);
        device.connection.onConnected(device.alarms::check);
        device.connection.onConnected(device.publisher::publishPending);
        device.changes.subscribe(device.onChange);
        device.scheduler.scheduleAtFixedRate(device::everyMinute, 1, 1, TimeUnit.MINUTES);
        device.agent.start();
        device.connection.start();
        LOG.info("AWS IoT device {} started", settings.thingName());
        return device;
    }

    /** A metric window was closed: publish it now if online. */
    public void windowClosed() {
        publisher.publishPending();
    }

    AlarmPublisher alarms() {
        return alarms;
    }

    public IotConnection connection() {
        return connection;
    }

    /**
     * Once a minute: the health datapoint ("alive" while the kernel works) and online seconds while
     * connected, any waiting windows, and the schedule shadow again if time alone changed it (an
     * alert fell due, a snooze ended: sent only when the report differs).
     */
    void everyMinute() {
        try {
            if (connection.isConnected()) {
                schedule.changed();
                alarms.check();
                metrics.add(MetricNames.CLOUD_ONLINE_SECONDS, 60);
                publisher.publishHealth(status.health());
            }
            publisher.publishPending();
        } catch (RuntimeException e) {
            LOG.warn("IoT minute task failed", e);
        }
    }

    @Override
    public void close() {
        changes.unsubscribe(onChange);
        connection.stop();
        shadow.close();
        schedule.close();
        agent.close();
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        LOG.info("AWS IoT device stopped");
    }
}
