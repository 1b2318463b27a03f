package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.iot.IotDevice;
import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.PartSupervisor;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cloud side of the kiosk: AWS IoT (jobs, shadow, metrics publishing) when the {@code iot}
 * section is configured and the kiosk is not in demo mode. Started by the {@link PartSupervisor}
 * after the alarm: a configuration that cannot work (a missing certificate, a key others can read,
 * a key that does not parse) is thrown from here, shown on the status bar in words and tried again
 * later, while the light works on from the store.
 */
final class IotWiring {
    private static final Logger LOG = LoggerFactory.getLogger(IotWiring.class);
    private static final Duration JOB_RETRY_DELAY = Duration.ofSeconds(15);

    private IotWiring() {}

    /**
     * Connects to AWS IoT, or reports the cloud off when there is none to connect to.
     *
     * @return the connected device, or empty when the cloud is off on this kiosk
     * @throws RuntimeException when the configuration cannot work now; the status bar says why
     */
    static Optional<AutoCloseable> start(Kiosk kiosk, boolean demo) {
        var clock = kiosk.clock();
        var settings = kiosk.config().iot();
        if (demo || settings.isEmpty()) {
            var cloud = demo
                    ? new CloudStatus(
                            CloudStatus.State.NOT_CONFIGURED, clock.instant(), "demo mode: no cloud connection")
                    : CloudStatus.notConfigured(clock.instant());
            kiosk.status().cloud(cloud);
            kiosk.status().report(PartHealth.off(Part.CLOUD, clock.instant(), cloud.detail()));
            return Optional.empty();
        }
        var ledger = kiosk.jobLedger();
        var remoteJobs = new RemoteJobService(
                clock, kiosk.database(), ledger, kiosk.commands(), kiosk.queries(), kiosk.metrics());
        var parts = new IotDevice.Parts(
                clock,
                kiosk.status(),
                kiosk.changes(),
                kiosk.queries(),
                remoteJobs,
                ledger,
                new JobDocumentReader(clock, kiosk.config().deadlines().zone()),
                kiosk.metricsOutbox(),
                kiosk.metrics(),
                AppVersion.current());
        try {
            var device = IotDevice.start(settings.get(), parts, JOB_RETRY_DELAY);
            kiosk.metrics().onWindowClosed(device::windowClosed);
            return Optional.of(device);
        } catch (RuntimeException e) {
            var reason = PartSupervisor.reasonOf(e);
            LOG.error("AWS IoT not started: {}", reason);
            kiosk.status().cloud(new CloudStatus(CloudStatus.State.OFFLINE, clock.instant(), reason));
            throw e;
        }
    }
}
