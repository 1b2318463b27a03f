package be.ghelamcoalert.adapter.iot.testing;

import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cloud side of a job test, per test: a throw-away PKI, a real Mosquitto with TLS and the Jobs
 * double; and the kiosk core ({@link DeviceUnderTest}) on a data directory the test chooses,
 * connected as the kiosk connects and restarted as systemd restarts it (the store closed and opened
 * again). Register it with {@code @RegisterExtension}; everything is stopped after each test.
 */
public final class KioskOnTestBroker implements BeforeEachCallback, AfterEachCallback {
    public static final String THING = "lobby-test";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private Path dir;
    private TestCertificates pki;
    private TlsBroker broker;
    private FakeJobsService jobs;
    private DeviceUnderTest kiosk;
    private Path data;
    private MutableClock clock;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("kiosk-on-test-broker-");
        pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        jobs = new FakeJobsService(THING, broker, pki);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        stopKiosk();
        if (jobs != null) {
            jobs.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The test CA (the broker's and any local HTTPS server's certificates come from it). */
    public TestCertificates pki() {
        return pki;
    }

    public FakeJobsService jobs() {
        return jobs;
    }

    /**
     * Starts the kiosk on {@code dataDirectory}; {@code wire} runs before it connects (its updater,
     * say). Returns once the kiosk is online.
     */
    public DeviceUnderTest start(Path dataDirectory, MutableClock testClock, Consumer<DeviceUnderTest> wire) {
        if (kiosk != null) {
            throw new IllegalStateException("the kiosk runs already; restart it instead");
        }
        data = dataDirectory;
        clock = testClock;
        kiosk = new DeviceUnderTest(data, clock);
        wire.accept(kiosk);
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        return kiosk;
    }

    /** Ends the kiosk as its process ends (the store closed) and starts it again on the same data, wired by {@code wire}. */
    public DeviceUnderTest restart(Consumer<DeviceUnderTest> wire) {
        stopKiosk();
        return start(data, clock, wire);
    }

    /** The kiosk as it runs now. */
    public DeviceUnderTest kiosk() {
        if (kiosk == null) {
            throw new IllegalStateException("no kiosk runs");
        }
        return kiosk;
    }

    /** Stops the kiosk and closes its store (nothing happens when none runs). */
    public void stopKiosk() {
        if (kiosk != null) {
            kiosk.close();
            kiosk = null;
        }
    }
}
