package be.ghelamcoalert.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen's one-second heartbeat, on a background timer rather than a JavaFX animation: an
 * idle screen then renders nothing between ticks (an endless Timeline would keep the pulse, and
 * the CPU, running 60 times a second).
 */
public final class Ticker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ui-tick").daemon().factory());

    public Ticker(UiThread ui, Runnable tick) {
        long delay = 1000 - System.currentTimeMillis() % 1000;
        timer.scheduleAtFixedRate(
                () -> ui.run(() -> {
                    try {
                        tick.run();
                    } catch (RuntimeException e) {
                        LOG.error("Screen tick failed; the next one will try again", e);
                    }
                }),
                delay,
                1000,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
