package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.core.service.MetricsAggregator;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Usage metrics, with or without the cloud: counters from the alarm and the command service,
 * 5-minute windows in the H2 outbox that the metrics screen reads and the IoT side publishes, and
 * a heartbeat every minute that is counted only while the kernel is healthy.
 */
final class MetricsWiring {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsWiring.class);

    /** The aggregator (a MetricsRecorder) and its store (the MetricsHistory of the metrics screen). */
    record Metrics(MetricsAggregator recorder, JdbiMetricsOutbox outbox) {}

    private MetricsWiring() {}

    /** The counters, before the alarm starts (it counts into them); the unfinished window is stored when the kiosk stops. */
    static Metrics open(Kiosk kiosk) {
        var outbox = new JdbiMetricsOutbox(kiosk.database(), kiosk.clock());
        var aggregator = new MetricsAggregator(kiosk.clock(), outbox);
        kiosk.commands().useMetrics(aggregator);
        kiosk.closeOnStop(aggregator::flush);
        return new Metrics(aggregator, outbox);
    }

    /**
     * Every minute: checks the kernel (which also writes its health on the status board) and
     * counts a heartbeat only when it is healthy, so a dead alarm or a store that no longer writes
     * shows as silence in the metrics.
     */
    static void beatWhileHealthy(Kiosk kiosk, Metrics metrics, KernelHealth health) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("heartbeat").daemon().factory());
        var minute = MetricsAggregator.HEARTBEAT_INTERVAL.toSeconds();
        scheduler.scheduleAtFixedRate(() -> {
            try {
                var problems = health.check();
                if (problems.isEmpty()) {
                    metrics.recorder().heartbeat();
                } else {
                    LOG.warn("No heartbeat: {}", problems.stream().map(MetricsWiring::describe)
                            .collect(Collectors.joining("; ")));
                }
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat failed", e);
            }
        }, 0, minute, TimeUnit.SECONDS);
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
