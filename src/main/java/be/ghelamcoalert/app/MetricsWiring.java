package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.core.service.MetricsAggregator;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Usage metrics, with or without the cloud: counters from the command service, a heartbeat every
 * minute, 5-minute windows in the H2 outbox that the metrics screen reads and the IoT side publishes.
 */
final class MetricsWiring {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsWiring.class);

    /** The aggregator (a MetricsRecorder) and its store (the MetricsHistory of the metrics screen). */
    record Metrics(MetricsAggregator recorder, JdbiMetricsOutbox outbox) {}

    private MetricsWiring() {}

    static Metrics start(Kiosk kiosk) {
        var outbox = new JdbiMetricsOutbox(kiosk.database(), kiosk.clock());
        var aggregator = new MetricsAggregator(kiosk.clock(), outbox);
        kiosk.commands().useMetrics(aggregator);
        var scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("metrics").daemon().factory());
        var minute = MetricsAggregator.HEARTBEAT_INTERVAL.toSeconds();
        scheduler.scheduleAtFixedRate(() -> {
            try {
                aggregator.heartbeat();
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat failed", e);
            }
        }, 0, minute, TimeUnit.SECONDS);
        kiosk.closeOnStop(() -> {
            scheduler.shutdown();
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            aggregator.flush();
        });
        return new Metrics(aggregator, outbox);
    }
}
