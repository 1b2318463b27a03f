package be.ghelamcoalert.app;

import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.MetricsHistory;
import be.ghelamcoalert.ui.KioskUiContext;

/**
 * Hands the core to the screen. The remote-command log and the metrics come from the IoT and
 * metrics wiring when this kiosk has them; without, the screens say there is no data yet.
 */
final class UiWiring {
    private UiWiring() {}

    static KioskUiContext context(Kiosk kiosk, boolean demo) {
        return context(kiosk, demo, JobHistory.none(), KioskUiContext.noMetrics());
    }

    static KioskUiContext context(Kiosk kiosk, boolean demo, JobHistory jobs, MetricsHistory metrics) {
        var config = kiosk.config();
        var language = kiosk.queries().settings().language().code();
        return new KioskUiContext(config.kiosk().name(), demo, config.ui(), language, kiosk.clock(),
                config.deadlines().zone(), kiosk.queries(), kiosk.commands(), kiosk.changes(), kiosk.status(), jobs, metrics);
    }
}
