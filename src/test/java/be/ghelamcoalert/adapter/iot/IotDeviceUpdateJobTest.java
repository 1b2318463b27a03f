package be.ghelamcoalert.adapter.iot;

import static be.ghelamcoalert.adapter.iot.testing.TestCloud.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.core.port.Updater;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update job through the Jobs double and a real Mosquitto, with a stand-in updater: IN_PROGRESS
 * with its step while the kiosk restarts into the release, no further job asked for until then, and
 * the final status from the restarted kiosk, to which the Jobs service offers the same execution
 * again. {@code adapter.release.OverTheAirUpdateTest} runs the same path with the real installer.
 */
@IntegrationTest
class IotDeviceUpdateJobTest {
    private static final String UPDATE = """
            {"version": 1, "operation": "update", "url": "https://releases.example.com/ghelamco-alert-1.5.0.zip",
             "sha256": "3f5a9c0e2b7d41e8a6c9f0b1d2e3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5", "releaseVersion": "1.5.0"}""";

    @RegisterExtension
    final TestCloud cloud = new TestCloud("lobby-test", Instant.parse("2026-12-07T10:00:00Z"));

    @TempDir
    Path dir;

    private final List<String> steps = new CopyOnWriteArrayList<>();

    /** Before the restart the release is installed and switched to; after it, its trial kept it. */
    private Consumer<DeviceUnderTest> updaterAnswering(Updater.Step step) {
        return kiosk -> kiosk.commands.useUpdater(update -> {
            steps.add(step.name());
            return new Updater.Progress(update.version(), step);
        });
    }

    @Test
    void theJobStaysInProgressAcrossTheRestartAndSucceedsAfterTheTrial() {
        var service = cloud.service();
        cloud.start(
                dir.resolve("data"),
                new MutableClock(Instant.parse("2026-12-07T10:00:00Z"), DeviceUnderTest.ZONE),
                updaterAnswering(Updater.Step.SWITCHED));
        service.createJob("update-1-5-0", UPDATE);
        await().atMost(WAIT).until(() -> service.statusesOf("update-1-5-0").contains("IN_PROGRESS"));

        assertThat(service.updates())
                .filteredOn(u -> u.status().equals("IN_PROGRESS"))
                .singleElement()
                .satisfies(u -> assertThat(u.details().path("step").asText())
                        .isEqualTo("release 1.5.0 downloaded, verified and installed; restarting to try it"));
        assertThat(steps)
                .as("the same execution is not run again before the restart")
                .containsExactly("SWITCHED");

        cloud.restart(updaterAnswering(Updater.Step.COMMITTED)); // systemd starts the new release, which connects again
        await().atMost(WAIT).until(() -> service.statusesOf("update-1-5-0").contains("SUCCEEDED"));

        assertThat(service.statusesOf("update-1-5-0")).containsExactly("IN_PROGRESS", "SUCCEEDED");
        assertThat(service.execution("update-1-5-0").detail("summary"))
                .get()
                .asString()
                .isEqualTo("release 1.5.0 runs and came up healthy");
        assertThat(steps).containsExactly("SWITCHED", "COMMITTED");
    }
}
