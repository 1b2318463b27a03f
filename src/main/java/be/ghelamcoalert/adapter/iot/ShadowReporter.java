package be.ghelamcoalert.adapter.iot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.iot.iotshadow.IotShadowV2Client;
import software.amazon.awssdk.iot.iotshadow.model.ShadowState;
import software.amazon.awssdk.iot.iotshadow.model.UpdateNamedShadowRequest;
import software.amazon.awssdk.iot.iotshadow.model.UpdateShadowRequest;

/**
 * Keeps a shadow's reported state current (the classic shadow, or a named one): on every change, at most once per
 * interval, and again after every reconnect. Changes in between are folded into one update;
 * an update identical to the last accepted one is not sent.
 */
public final class ShadowReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ShadowReporter.class);

    private final IotShadowV2Client shadow;
    private final String thingName;
    private final Optional<String> shadowName;
    private final Supplier<? extends HashMap<String, Object>> reported;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration interval;
    private final Duration timeout;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Instant lastSent = Instant.MIN;
    private volatile HashMap<String, Object> lastAccepted;
    private volatile CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);
    private volatile boolean closed;

    /**
     * @param shadowName the named shadow to keep, or empty for the thing's classic shadow
     */
    public ShadowReporter(
            IotShadowV2Client shadow,
            String thingName,
            Optional<String> shadowName,
            Supplier<? extends HashMap<String, Object>> reported,
            ScheduledExecutorService scheduler,
            Clock clock,
            Duration interval,
            Duration timeout) {
        this.shadow = shadow;
        this.thingName = thingName;
        this.shadowName = shadowName;
        this.reported = reported;
        this.scheduler = scheduler;
        this.clock = clock;
        this.interval = interval;
        this.timeout = timeout;
    }

    /** Something changed: update the shadow soon. Never blocks. */
    public void changed() {
        if (scheduled.compareAndSet(false, true)) {
            var earliest = lastSent.equals(Instant.MIN) ? clock.instant() : lastSent.plus(interval);
            var delay = Math.max(0, Duration.between(clock.instant(), earliest).toMillis());
            scheduler.schedule(this::send, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** After a reconnect the shadow may have missed updates: send the full state again. */
    public void connected() {
        lastAccepted = null;
        changed();
    }

    private void send() {
        scheduled.set(false);
        if (closed) {
            return;
        }
        try {
            var state = reported.get();
            if (Objects.equals(withoutTime(state), withoutTime(lastAccepted))) {
                return;
            }
            lastSent = clock.instant();
            var update = update(state);
            inFlight = update;
            if (closed) {
                update.cancel(false);
            }
            update.get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
            lastAccepted = state;
            LOG.debug("Shadow {} updated", shadowName.orElse("(classic)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.CancellationException e) {
            LOG.debug("Shadow update cut short by the shutdown");
        } catch (Exception e) {
            LOG.warn("Shadow update failed ({}); sent again after the next change or reconnect", e.getMessage());
        }
    }

    private CompletableFuture<?> update(HashMap<String, Object> state) {
        var shadowState = new ShadowState();
        shadowState.reported = state;
        if (shadowName.isPresent()) {
            var request = new UpdateNamedShadowRequest();
            request.thingName = thingName;
            request.shadowName = shadowName.get();
            request.state = shadowState;
            return shadow.updateNamedShadow(request);
        }
        var request = new UpdateShadowRequest();
        request.thingName = thingName;
        request.state = shadowState;
        return shadow.updateShadow(request);
    }

    /** Stops sending; a wait for the shadow service is cut short. */
    public void close() {
        closed = true;
        inFlight.cancel(false);
    }

    private static HashMap<String, Object> withoutTime(HashMap<String, Object> state) {
        if (state == null) {
            return null;
        }
        var copy = new HashMap<>(state);
        copy.remove("reportedAt");
        return copy;
    }
}
