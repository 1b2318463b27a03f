package be.ghelamcoalert.app;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.service.AlarmEngine;
import be.ghelamcoalert.core.service.KernelHealth;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** The package-private {@link Device} for tests in other packages (the fault tests). */
public final class DeviceForTests implements AutoCloseable {
    private final Device device;

    private DeviceForTests(Device device) {
        this.device = device;
    }

    /** Starts the device as {@code Main} does, except that an {@link Error} in the alarm goes to {@code onAlarmError}. */
    public static DeviceForTests start(
            KioskConfig config, Clock clock, Path fixturesFile, Consumer<Error> onAlarmError) {
        return new DeviceForTests(Device.start(config, clock, fixturesFile, false, onAlarmError));
    }

    public Kiosk kiosk() {
        return device.kiosk();
    }

    public AlarmEngine alarm() {
        return device.alarm();
    }

    public KernelHealth health() {
        return device.health();
    }

    @Override
    public void close() {
        device.close();
    }
}
