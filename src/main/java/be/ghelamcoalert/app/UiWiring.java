package be.ghelamcoalert.app;

import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.MetricsHistory;
import be.ghelamcoalert.ui.KioskUiContext;

/** Hands the core to the screen. */
final class UiWiring {
    private UiWiring() {}

    /**
     * What the screens need from the kiosk. The remote-command log and the metrics history are read
     * from the store, so the screen does not wait for the cloud connection to start.
     */
    static KioskUiContext context(Kiosk kiosk, boolean demo) {
        return context(kiosk, demo, kiosk.jobLedger(), kiosk.metricsOutbox());
    }

    static KioskUiContext context(Kiosk kiosk, boolean demo, JobHistory jobs, MetricsHistory metrics) {
        var config = kiosk.config();
        var language = kiosk.queries().settings().language().code();
        return new KioskUiContext(
                config.kiosk().name(),
                demo,
                config.ui(),
                language,
                kiosk.clock(),
                config.deadlines().zone(),
                kiosk.queries(),
                kiosk.commands(),
                kiosk.changes(),
                kiosk.status(),
                jobs,
                metrics,
                kiosk.adminPin(demo));
    }
}
