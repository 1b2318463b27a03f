package be.ghelamcoalert.faults;

import static be.ghelamcoalert.testing.TestEvents.brussels;

import be.ghelamcoalert.app.DeviceForTests;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.status.StatusBarViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One kiosk in this JVM for a fault test: the device as {@code Main} starts it (store, alarm,
 * supervised cloud and import) on a test clock, from a kiosk.yaml the test writes, with one stadium
 * event on Wednesday 9 December 2026 whose light falls due in office hours.
 */
final class FaultRig implements AutoCloseable {
    final Path dir;
    final MutableClock clock = MutableClock.at(brussels(2026, 12, 9, 10, 0));
    final CopyOnWriteArrayList<Error> fatalErrors = new CopyOnWriteArrayList<>();
    private DeviceForTests device;

    FaultRig(Path dir) {
        this.dir = dir;
    }

    /** Starts the device with the kiosk.yaml sections in {@code yaml} (the data directory is added) and {@code fixtures}. */
    FaultRig start(String yaml, Path fixtures) throws Exception {
        var file = Files.writeString(
                dir.resolve("kiosk.yaml"), "kiosk:\n  dataDirectory: " + dir.resolve("data") + "\n" + yaml);
        var config = new ConfigLoader(Map.of()).load(file);
        device = DeviceForTests.start(config, clock, fixtures, fatalErrors::add);
        return this;
    }

    FaultRig start() throws Exception {
        return start("", dir.resolve("no-fixtures.yaml"));
    }

    DeviceForTests device() {
        return device;
    }

    /** Creates the gala (20:45) from the touch screen and returns when its light falls due. */
    Instant gala() {
        return Gala.create(device.kiosk().commands(), device.kiosk().queries());
    }

    /** Moves the test clock to {@code at} and lets the engine look. */
    void timeIs(Instant at) {
        clock.set(at);
        device.alarm().tick();
    }

    boolean lit() {
        return device.alarm().relayEnergized();
    }

    PartHealth health(Part part) {
        return device.kiosk().status().health(part);
    }

    /** Waits for a part (started on the supervisor's thread) to reach {@code state}. */
    PartHealth await(Part part, PartHealth.State state) {
        org.awaitility.Awaitility.await(part + " " + state)
                .atMost(Duration.ofSeconds(20))
                .until(() -> health(part).state() == state);
        return health(part);
    }

    /** The status bar as the lobby reads it (Dutch, the shipped language). */
    StatusBarViewModel statusBar() {
        return new StatusBarViewModel(
                device.kiosk().status(),
                clock,
                Texts.forLanguage("nl", KioskConfig.defaults().deadlines().zone()),
                null);
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
    }
}
