package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.config.KioskSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a screen, the store opens first; the alarm, the cloud and the import wait for the first frame. */
class DeviceStartOrderTest {
    @TempDir
    Path dataDir;

    private final CompletableFuture<Kiosk> storeReady = new CompletableFuture<>();
    private final CompletableFuture<Void> screenShown = new CompletableFuture<>();
    private CompletableFuture<Device> device;

    @Test
    void theAlarmStartsOnlyOnceTheScreenIsUp() throws Exception {
        startDevice();

        var kiosk = storeReady.get(30, TimeUnit.SECONDS);
        assertThat(kiosk.queries().upcoming()).as("the store is open and usable").isNotEmpty();
        Thread.sleep(300); // a device that did not wait would be started by now
        assertThat(device).as("still waiting for the screen").isNotDone();

        screenShown.complete(null);
        var started = device.get(30, TimeUnit.SECONDS);
        assertThat(started.relay()).isNotNull();
        assertThat(started.kiosk()).isSameAs(kiosk);
    }

    @Test
    void aScreenThatFailsDoesNotHoldTheDeviceBack() throws Exception {
        startDevice();
        storeReady.get(30, TimeUnit.SECONDS);

        screenShown.completeExceptionally(new IllegalStateException("no display"));

        assertThat(device.get(30, TimeUnit.SECONDS).relay()).isNotNull();
    }

    @AfterEach
    void stop() throws Exception {
        screenShown.complete(null);
        device.get(30, TimeUnit.SECONDS).close();
    }

    private void startDevice() {
        var config = new KioskConfig(new KioskSettings("Test kiosk", "nl", Optional.of(dataDir.toString())), null, null, null, null, null);
        device = CompletableFuture.supplyAsync(() -> Device.start(config, Clock.systemUTC(), dataDir.resolve("no-fixtures.yaml"),
                true, storeReady::complete, screenShown));
    }
}
