package be.ghelamcoalert.adapter.iot.alarms;

import be.ghelamcoalert.adapter.iot.IotConnection;
import be.ghelamcoalert.core.model.EventOverview;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.crt.mqtt5.QOS;
import software.amazon.awssdk.crt.mqtt5.packets.PublishPacket;

/**
 * Publishes the {@link AlarmWatch}'s transitions on {@code ghelamco-alert/<thing>/alarms} (QoS 1)
 * for the fleet stack's rule to mail and text. It looks only while connected: what happened
 * offline is seen, and told, at the first look after the reconnect.
 */
public final class AlarmPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmPublisher.class);

    private final IotConnection connection;
    private final AlarmWatch watch;
    private final Supplier<List<EventOverview>> events;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Optional<Instant> lastLook = Optional.empty();

    public AlarmPublisher(
            IotConnection connection,
            AlarmWatch watch,
            Supplier<List<EventOverview>> events,
            ScheduledExecutorService scheduler,
            Clock clock,
            Duration timeout) {
        this.connection = connection;
        this.watch = watch;
        this.events = events;
        this.scheduler = scheduler;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Look again soon, on the scheduler's thread. Never blocks. */
    public void check() {
        if (queued.compareAndSet(false, true)) {
            scheduler.execute(this::look);
        }
    }

    private void look() {
        queued.set(false);
        if (!connection.isConnected()) {
            return;
        }
        try {
            var now = clock.instant();
            for (var notice : watch.look(events.get(), now)) {
                publish(notice);
            }
            lastLook = Optional.of(now);
        } catch (RuntimeException e) {
            LOG.warn("Alarm transitions could not be read", e);
        }
    }

    /** The kiosk time of the last look at the events, when there was one (while connected). */
    public Optional<Instant> lastLook() {
        return lastLook;
    }

    /** The message as the fleet stack's rule reads it. */
    public String payload(AlarmNotice notice) {
        var node = json.createObjectNode()
                .put("thing", connection.settings().thingName())
                .put("kiosk", notice.kioskName())
                .put("transition", notice.transition().name())
                .put("eventId", notice.eventId())
                .put("title", notice.title())
                .put("deadline", notice.deadline().toString())
                .put("at", notice.at().toString());
        notice.until().ifPresent(until -> node.put("until", until.toString()));
        node.putObject("text").put("nl", notice.dutch()).put("en", notice.english());
        node.put("message", notice.dutch() + "\n" + notice.english());
        return node.toString();
    }

    private void publish(AlarmNotice notice) {
        var packet = new PublishPacket.PublishPacketBuilder(
                        connection.settings().alarmsTopic(),
                        QOS.AT_LEAST_ONCE,
                        payload(notice).getBytes(StandardCharsets.UTF_8))
                .build();
        try {
            var ack = connection
                    .mqtt()
                    .publish(packet)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getResultPubAck();
            if (ack == null || ack.getReasonCode().getValue() >= 0x80) {
                LOG.warn(
                        "The broker did not accept the alarm message {} for {}", notice.transition(), notice.eventId());
            } else {
                LOG.info("Alarm message sent: {}", notice.english());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Alarm message {} for {} not sent: {}", notice.transition(), notice.eventId(), e.getMessage());
        }
    }
}
