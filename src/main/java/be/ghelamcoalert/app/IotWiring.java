package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.iot.IotDevice;
import be.ghelamcoalert.adapter.iot.IotSetupException;
import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.MetricsHistory;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cloud side of the kiosk: metrics always; AWS IoT (jobs, shadow, metrics publishing) when the
 * {@code iot} section is configured and the kiosk is not in demo mode. A configuration that cannot
 * work (e.g. a private key others can read) leaves the kiosk running offline, saying why.
 */
public final class IotWiring {
    private static final Logger LOG = LoggerFactory.getLogger(IotWiring.class);
    private static final Duration JOB_RETRY_DELAY = Duration.ofSeconds(15);

    /**
     * What the rest of the kiosk uses: the remote commands received and the stored metric windows
     * (for the screens), and the recorder every service counts into.
     */
    public record Cloud(JobHistory jobs, MetricsHistory metrics, MetricsRecorder recorder, Optional<IotDevice> device) {}

    private IotWiring() {}

    public static Cloud start(Kiosk kiosk, boolean demo) {
        var metrics = MetricsWiring.start(kiosk);
        var ledger = new JdbiJobLedger(kiosk.database());
        var clock = kiosk.clock();
        var settings = kiosk.config().iot();
        if (demo || settings.isEmpty()) {
            kiosk.status().cloud(demo
                    ? new CloudStatus(CloudStatus.State.NOT_CONFIGURED, clock.instant(), "demo mode: no cloud connection")
                    : CloudStatus.notConfigured(clock.instant()));
            return new Cloud(ledger, metrics.outbox(), metrics.recorder(), Optional.empty());
        }
        var remoteJobs = new RemoteJobService(clock, kiosk.database(), ledger, kiosk.commands(), kiosk.queries(), metrics.recorder());
        var parts = new IotDevice.Parts(clock, kiosk.status(), kiosk.changes(), kiosk.queries(), remoteJobs, ledger,
                new JobDocumentReader(kiosk.config().deadlines().zone()), metrics.outbox(), metrics.recorder(), AppVersion.current());
        try {
            var device = kiosk.closeOnStop(IotDevice.start(settings.get(), parts, JOB_RETRY_DELAY));
            metrics.recorder().onWindowClosed(device::windowClosed);
            return new Cloud(ledger, metrics.outbox(), metrics.recorder(), Optional.of(device));
        } catch (IotSetupException e) {
            LOG.error("AWS IoT not started: {}", e.getMessage());
            kiosk.status().cloud(new CloudStatus(CloudStatus.State.OFFLINE, clock.instant(), e.getMessage()));
            return new Cloud(ledger, metrics.outbox(), metrics.recorder(), Optional.empty());
        }
    }
}
