package be.ghelamcoalert.adapter.iot.testing;

import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.IotDevice;
import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The IoT tests' set-up as a JUnit extension: per test a certificate authority, the Mosquitto
 * broker with mutual TLS, the fake AWS jobs and shadow service for one thing, and the kiosk's core
 * on an H2 file with a test clock ({@link DeviceUnderTest}); all stopped and removed after the
 * test. Register it with {@code @RegisterExtension final TestCloud cloud = new TestCloud(THING, NOW);}.
 */
public final class TestCloud implements BeforeEachCallback, AfterEachCallback {
    /** How long a test waits for the kiosk or the cloud double to get somewhere. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final String thing;
    private final Instant start;
    private Path dir;
    private TestCertificates pki;
    private TlsBroker broker;
    private FakeJobsService service;
    private DeviceUnderTest kiosk;
    private Path data;
    private MutableClock clock;

    /** @param start where the kiosk's test clock starts */
    public TestCloud(String thing, Instant start) {
        this.thing = thing;
        this.start = start;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("test-cloud");
        pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        service = new FakeJobsService(thing, broker, pki);
    }

    /**
     * Starts the kiosk on {@code data} with {@code clock}; {@code wire} runs before it connects (its
     * updater, say). Returns once the kiosk is online. Without it, the kiosk starts on a data folder
     * of the test cloud's own, at the start instant, when a test first asks for it.
     */
    public DeviceUnderTest start(Path data, MutableClock clock, Consumer<DeviceUnderTest> wire) {
        if (kiosk != null) {
            throw new IllegalStateException("the kiosk runs already; restart it instead");
        }
        kiosk = new DeviceUnderTest(data, clock);
        this.data = data;
        this.clock = clock;
        wire.accept(kiosk);
        connect(WAIT);
        return kiosk;
    }

    /** Ends the kiosk as its process ends (the store closed) and starts it again on the same data, wired by {@code wire}. */
    public DeviceUnderTest restart(Consumer<DeviceUnderTest> wire) {
        stopKiosk();
        return start(data, clock, wire);
    }

    /** Stops the kiosk and closes its store (nothing happens when none runs). */
    public void stopKiosk() {
        if (kiosk != null) {
            kiosk.close();
            kiosk = null;
        }
    }

    /** The device's settings with a client certificate that {@code authority} signed ("ca" is the broker's). */
    public IotSettings settings(String authority) {
        return DeviceUnderTest.settings(thing, broker, pki.client(thing, authority), pki);
    }

    /** Connects the device with a certificate the broker trusts and waits until the cloud status is online. */
    public IotDevice connect(Duration within) {
        var device = kiosk().connect(settings("ca"));
        await().atMost(within).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
        return device;
    }

    public TestCertificates pki() {
        return pki;
    }

    public TlsBroker broker() {
        return broker;
    }

    public FakeJobsService service() {
        return service;
    }

    public DeviceUnderTest kiosk() {
        if (kiosk == null) {
            data = dir.resolve("data");
            clock = new MutableClock(start, DeviceUnderTest.ZONE);
            kiosk = new DeviceUnderTest(data, clock);
        }
        return kiosk;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (AutoCloseable closeBroker = broker;
                AutoCloseable closeService = service;
                AutoCloseable closeKiosk = kiosk) {
            // closed in reverse: the kiosk, the service, then the broker
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the test cloud failed: " + e.getMessage(), e);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(TestCloud::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
