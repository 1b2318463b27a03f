package be.ghelamcoalert.app;

import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.core.service.MetricsAggregator;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heartbeat: every minute, counted into the kiosk's metrics only while the kernel is healthy
 * (the metrics themselves, 5-minute windows in the H2 outbox, belong to {@link Kiosk}).
 */
final class MetricsWiring {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsWiring.class);

    private MetricsWiring() {}

    /**
     * Every minute: checks the kernel (which also writes its health on the status board) and
     * counts a heartbeat only when it is healthy, so a dead alarm or a store that no longer writes
     * shows as silence in the metrics.
     */
    static void beatWhileHealthy(Kiosk kiosk, KernelHealth health) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("heartbeat").daemon().factory());
        var minute = MetricsAggregator.HEARTBEAT_INTERVAL.toSeconds();
        scheduler.scheduleAtFixedRate(
                () -> {
                    try {
                        var problems = health.check();
                        if (problems.isEmpty()) {
                            kiosk.metrics().heartbeat();
                        } else {
                            LOG.warn(
                                    "No heartbeat: {}",
                                    problems.stream()
                                            .map(MetricsWiring::describe)
                                            .collect(Collectors.joining("; ")));
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Heartbeat failed", e);
                    }
                },
                0,
                minute,
                TimeUnit.SECONDS);
        kiosk.closeOnStop(() -> {
            scheduler.shutdown();
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        });
    }

    /** A one-line summary for a log: "cloud FAILED certificate … does not exist". */
    static String describe(PartHealth health) {
        return health.part().key() + " " + health.state() + (health.reason().isEmpty() ? "" : " " + health.reason());
    }
}
