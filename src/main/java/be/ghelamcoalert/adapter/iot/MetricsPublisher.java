package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.port.MetricsOutbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.crt.mqtt5.QOS;
import software.amazon.awssdk.crt.mqtt5.packets.PublishPacket;

/**
 * Empties the metrics outbox onto {@code ghelamco-alert/<thing>/metrics}, oldest window first, one
 * QoS 1 publish at a time: a window is marked published only when the broker acknowledged it, and
 * the first failure stops the round, so nothing is lost or overtaken while offline.
 */
public final class MetricsPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsPublisher.class);
    private static final int BATCH = 50;

    private final IotConnection connection;
    private final MetricsOutbox outbox;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration timeout;
    private final EmfFormat format;
    private final AtomicBoolean queued = new AtomicBoolean();

    public MetricsPublisher(
            IotConnection connection,
            MetricsOutbox outbox,
            ScheduledExecutorService scheduler,
            Clock clock,
            Duration timeout) {
        this.connection = connection;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.clock = clock;
        this.timeout = timeout;
        this.format = new EmfFormat(connection.settings().thingName());
    }

    /** Publish what waits, soon, on the scheduler's thread. Never blocks. */
    public void publishPending() {
        if (queued.compareAndSet(false, true)) {
            scheduler.execute(this::drain);
        }
    }

    /**
     * The once-a-minute health datapoint: "alive" for the silence alarm only while the kernel
     * works, and the count of unhealthy parts; not kept when offline.
     */
    public void publishHealth(List<PartHealth> parts) {
        scheduler.execute(() -> {
            if (connection.isConnected()) {
                send(format.health(clock.instant(), parts));
            }
        });
    }

    private void drain() {
        queued.set(false);
        if (!connection.isConnected()) {
            return;
        }
        var published = 0;
        while (true) {
            var batch = outbox.unpublished(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (var stored : batch) {
                if (!send(format.window(stored.sequence(), stored.window()))) {
                    LOG.info("Metrics: {} windows published, the rest waits for the connection", published);
                    return;
                }
                outbox.markPublished(stored.sequence());
                published++;
            }
        }
        if (published > 0) {
            LOG.debug("Metrics: {} windows published", published);
        }
    }

    private boolean send(String payload) {
        var packet = new PublishPacket.PublishPacketBuilder(
                        connection.settings().metricsTopic(),
                        QOS.AT_LEAST_ONCE,
                        payload.getBytes(StandardCharsets.UTF_8))
                .build();
        try {
            var result = connection.mqtt().publish(packet).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            var ack = result.getResultPubAck();
            if (ack == null || ack.getReasonCode().getValue() >= 0x80) {
                LOG.warn(
                        "The broker did not accept the metrics: {}",
                        ack == null ? "no acknowledgement" : ack.getReasonCode());
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debug("Metrics publish failed: {}", e.getMessage());
            return false;
        }
    }
}
