package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.core.port.Updater;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An update job through the Jobs double and a real Mosquitto: IN_PROGRESS with its step while the
 * kiosk restarts into the release, no further job asked for until then, and the final status from
 * the restarted kiosk, to which the Jobs service offers the same execution again.
 */
class IotDeviceUpdateJobTest {
    private static final String THING = "lobby-test";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String UPDATE = """
            {"version": 1, "operation": "update", "url": "https://releases.example.com/ghelamco-alert-1.5.0.zip",
             "sha256": "3f5a9c0e2b7d41e8a6c9f0b1d2e3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5", "releaseVersion": "1.5.0"}""";

    @RegisterExtension
    final TestCloud cloud = new TestCloud(THING, Instant.parse("2026-12-07T10:00:00Z"));
    private final AtomicBoolean restarted = new AtomicBoolean();
    private final List<String> steps = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        // Before the restart the release is installed and switched to; after it, its trial kept it.
        cloud.kiosk().commands.useUpdater(update -> {
            var step = restarted.get() ? Updater.Step.COMMITTED : Updater.Step.SWITCHED;
            steps.add(step.name());
            return new Updater.Progress(update.version(), step);
        });
        cloud.connect(WAIT);
    }

    @Test
    void theJobStaysInProgressAcrossTheRestartAndSucceedsAfterTheTrial() {
        cloud.service().createJob("update-1-5-0", UPDATE);
        await().atMost(WAIT).until(() -> cloud.service().statusesOf("update-1-5-0").contains("IN_PROGRESS"));

        assertThat(cloud.service().updates()).filteredOn(u -> u.status().equals("IN_PROGRESS")).singleElement()
                .satisfies(u -> assertThat(u.details().path("step").asText()).isEqualTo("release 1.5.0 downloaded, verified and installed; restarting to try it"));
        assertThat(steps).as("the same execution is not run again before the restart").containsExactly("SWITCHED");

        cloud.kiosk().disconnect(); // the process ends; systemd starts the new release, which connects again
        restarted.set(true);
        cloud.kiosk().connect(cloud.settings("ca"));
        await().atMost(WAIT).until(() -> cloud.service().statusesOf("update-1-5-0").contains("SUCCEEDED"));

        assertThat(cloud.service().statusesOf("update-1-5-0")).containsExactly("IN_PROGRESS", "SUCCEEDED");
        assertThat(cloud.service().execution("update-1-5-0").detail("summary")).get().asString().isEqualTo("release 1.5.0 runs and came up healthy");
        assertThat(steps).containsExactly("SWITCHED", "COMMITTED");
    }
}
