package be.ghelamcoalert.app;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.port.Relay;
import java.nio.file.Path;
import java.time.Clock;
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
     * @param demo         own database with demo events, simulated relay, no cloud, no import
     */
    static Device start(KioskConfig config, Clock clock, Path fixturesFile, boolean demo) {
        return start(config, clock, fixturesFile, demo, kiosk -> { });
    }

    /**
     * As {@link #start(KioskConfig, Clock, Path, boolean)}, and calls {@code storeReady} as soon as
     * the store is open (and, in demo mode, holds the demo events), before the cloud, the alarm and
     * the import start: the screen can be drawn while they come up.
     */
    static Device start(KioskConfig config, Clock clock, Path fixturesFile, boolean demo, Consumer<Kiosk> storeReady) {
        var kiosk = Kiosk.open(config, clock, DataDirectory.of(config, demo));
        try {
            if (demo) {
                DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
                LOG.info("Demo events placed; the first light comes on in {} s", DemoData.FIRST_LIGHT_AFTER.toSeconds());
            }
            storeReady.accept(kiosk);
            var cloud = IotWiring.start(kiosk, demo);
            var alarm = AlarmWiring.startWithRelay(kiosk, demo, cloud.recorder());
            FixtureWiring.startIfConfigured(kiosk, fixturesFile, demo, cloud.recorder());
            return new Device(kiosk, cloud, alarm);
        } catch (RuntimeException e) {
            kiosk.close();
            throw e;
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
