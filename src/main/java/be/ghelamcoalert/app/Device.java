package be.ghelamcoalert.app;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.core.service.AlarmEngine;
import be.ghelamcoalert.core.service.FixtureImportService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole kiosk except its window: the store, the cloud (metrics, AWS IoT), the alarm light and
 * the fixture import, started in that order (each uses what started before it: the alarm and the
 * import count into the cloud's metrics; the import's first run already lights the relay) and
 * stopped in reverse order by {@link #close()}. {@code RunKioskCommand} puts the screen on top.
 */
public final class Device implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Device.class);

    private final Kiosk kiosk;
    private final IotWiring.Cloud cloud;
    private final AlarmWiring.Alarm alarm;
    private final Optional<FixtureImportService> fixtureImport;

    private Device(Kiosk kiosk, IotWiring.Cloud cloud, AlarmWiring.Alarm alarm, Optional<FixtureImportService> fixtureImport) {
        this.kiosk = kiosk;
        this.cloud = cloud;
        this.alarm = alarm;
        this.fixtureImport = fixtureImport;
    }

    /**
     * Starts the device; when a part fails to start, what already started is closed again.
     *
     * @param fixturesFile the fixture import configuration; no import when it does not exist
     * @param demo         own database with demo events, simulated relay, no cloud, no import
     */
    static Device start(KioskConfig config, Clock clock, Path fixturesFile, boolean demo) {
        var kiosk = Kiosk.open(config, clock, DataDirectory.of(config, demo));
        try {
            var cloud = IotWiring.start(kiosk, demo);
            if (demo) {
                DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
                LOG.info("Demo events placed; the first light comes on in {} s", DemoData.FIRST_LIGHT_AFTER.toSeconds());
            }
            var alarm = AlarmWiring.startWithRelay(kiosk, demo, cloud.recorder());
            var fixtureImport = FixtureWiring.startIfConfigured(kiosk, fixturesFile, demo, cloud.recorder());
            return new Device(kiosk, cloud, alarm, fixtureImport);
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

    public AlarmEngine alarm() {
        return alarm.engine();
    }

    public Relay relay() {
        return alarm.relay();
    }

    public Optional<FixtureImportService> fixtureImport() {
        return fixtureImport;
    }

    /** Stops the import, the alarm (light off, relay released), the cloud and the store, in that order. */
    @Override
    public void close() {
        kiosk.close();
    }
}
