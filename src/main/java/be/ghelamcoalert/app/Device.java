package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.port.Relay;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole kiosk except its window: the store, the cloud (metrics, AWS IoT), the alarm light and
 * the fixture import, started in that order (the alarm and the import count into the cloud's
 * metrics; the alarm is running before the first import stores events) and stopped in reverse
 * order by {@link #close()}. {@code RunKioskCommand} puts the screen on top; the end-to-end test
 * runs it as it is.
 */
final class Device implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Device.class);
    /** The longest the alarm waits for the screen at start-up: the light is restored even without one. */
    static final Duration LONGEST_WAIT_FOR_SCREEN = Duration.ofSeconds(5);

    private final Kiosk kiosk;
    private final IotWiring.Cloud cloud;
    private final AlarmWiring.Alarm alarm;

    private Device(Kiosk kiosk, IotWiring.Cloud cloud, AlarmWiring.Alarm alarm) {
        this.kiosk = kiosk;
        this.cloud = cloud;
        this.alarm = alarm;
    }

    /**
     * Starts the device; when a part fails to start, what already started is closed again.
     *
     * @param fixturesFile the fixture import configuration; no import when it does not exist
     * @param demo         own database, fresh at every start, with demo events and a week of demo history;
     *                     simulated relay, no cloud, no import
     */
    static Device start(KioskConfig config, Clock clock, Path fixturesFile, boolean demo) {
        return start(config, clock, fixturesFile, demo, kiosk -> { }, CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #start(KioskConfig, Clock, Path, boolean)} for a kiosk with a screen: calls
     * {@code storeReady} as soon as the store is open (and, in demo mode, holds the demo events),
     * then waits until {@code screenShown} completes (the dashboard is on the screen, or the screen
     * gave up), at most {@link #LONGEST_WAIT_FOR_SCREEN}, before the cloud, the alarm and the import
     * start: on the Pi's few cores they would otherwise compete with the first frame. The light is
     * restored right after it.
     */
    static Device start(KioskConfig config, Clock clock, Path fixturesFile, boolean demo, Consumer<Kiosk> storeReady,
            CompletableFuture<?> screenShown) {
        var dataDirectory = DataDirectory.of(config, demo);
        if (demo) {
            Database.delete(dataDirectory); // the demo starts afresh every time
        }
        var kiosk = Kiosk.open(config, clock, dataDirectory);
        try {
            if (demo) {
                DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
                LOG.info("Demo events placed; the first light comes on in {} s", DemoData.FIRST_LIGHT_AFTER.toSeconds());
            }
            storeReady.accept(kiosk);
            awaitScreen(screenShown);
            if (demo) {
                DemoHistory.seed(kiosk.database(), clock, config.deadlines().zone(),
                        new JdbiMetricsOutbox(kiosk.database(), clock), new JdbiJobLedger(kiosk.database()));
            }
            var cloud = IotWiring.start(kiosk, demo);
            var alarm = AlarmWiring.startWithRelay(kiosk, demo, cloud.recorder());
            FixtureWiring.startIfConfigured(kiosk, fixturesFile, demo, cloud.recorder());
            kiosk.database().verifySchema();
            return new Device(kiosk, cloud, alarm);
        } catch (RuntimeException e) {
            kiosk.close();
            throw e;
        }
    }

    private static void awaitScreen(CompletableFuture<?> screenShown) {
        try {
            screenShown.get(LONGEST_WAIT_FOR_SCREEN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("The screen is not up after {} s: starting the alarm, the cloud and the import anyway",
                    LONGEST_WAIT_FOR_SCREEN.toSeconds());
        } catch (ExecutionException e) {
            // the screen failed: the caller reports it; the device starts as without a screen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the screen started", e);
        }
    }

    public Kiosk kiosk() {
        return kiosk;
    }

    public IotWiring.Cloud cloud() {
        return cloud;
    }

    /** The relay the alarm drives: on a Pi the board's, elsewhere Pi4J's mock. */
    public Relay relay() {
        return alarm.relay();
    }

    /** Stops the import, the alarm (light off, relay released), the cloud and the store, in that order. */
    @Override
    public void close() {
        kiosk.close();
    }
}
