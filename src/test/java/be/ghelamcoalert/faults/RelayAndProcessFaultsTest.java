package be.ghelamcoalert.faults;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay failing, and errors the alarm engine cannot recover from. */
@IntegrationTest
class RelayAndProcessFaultsTest {
    @TempDir
    Path dir;

    private EngineRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void gpioThatCannotBeOpenedIsShownAndWithholdsTheHeartbeat() {
        rig = new EngineRig(dir);
        rig.relay.mode = EngineRig.BreakableRelay.Mode.FAILS;
        rig.start();

        assertThat(rig.kiosk.status().health(Part.RELAY).state()).isEqualTo(PartHealth.State.FAILED);
        assertThat(rig.kiosk.status().health(Part.RELAY).reason()).contains("GPIO 17 write failed");
        assertThat(rig.health.check()).extracting(PartHealth::part).containsExactly(Part.RELAY);
    }

    @Test
    void aWriteThatFailsWhileRunningIsRetriedAndTheLightComesBack() {
        rig = new EngineRig(dir).start();
        var due = rig.gala();
        rig.relay.mode = EngineRig.BreakableRelay.Mode.FAILS;

        rig.timeIs(due);
        assertThat(rig.relay.energized).isFalse();
        assertThat(rig.kiosk.status().health(Part.RELAY).state()).isEqualTo(PartHealth.State.FAILED);
        assertThat(rig.kiosk.status().light().hardwareOk()).isFalse();
        assertThat(rig.health.check()).as("no heartbeat while the relay fails").isNotEmpty();

        rig.relay.mode = EngineRig.BreakableRelay.Mode.WORKS;
        rig.timeIs(due.plusSeconds(6));
        assertThat(rig.relay.energized).as("retried: the light is on").isTrue();
        assertThat(rig.kiosk.status().health(Part.RELAY).state()).isEqualTo(PartHealth.State.RUNNING);
        assertThat(rig.health.check()).isEmpty();
    }

    /** A tick that throws (a bug, anything but an Error) is logged and the engine plans the next one: it never goes quiet. */
    @Test
    void aTickThatThrowsIsFollowedByTheNextOneOnTheEnginesOwnThread() {
        rig = new EngineRig(dir).start();
        var due = rig.gala();
        rig.engineClock.failNext.set(true);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> rig.engineClock.failures.get() > 0);

        rig.clock.set(due);

        // No change of the events, no call from the test: only the engine's own next tick can light it.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rig.relay.energized);
        assertThat(rig.fatalErrors).isEmpty();
    }

    @Test
    void anErrorInATickEndsTheProcessInsteadOfLeavingADeadEngine() throws Exception {
        rig = new EngineRig(dir).start();
        var due = rig.gala();
        rig.relay.mode = EngineRig.BreakableRelay.Mode.ERROR;
        rig.clock.set(due);

        // The engine's own thread ticks within a second of the clock's change (a change of the events wakes it too).
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !rig.fatalErrors.isEmpty());

        assertThat(rig.fatalErrors.getFirst()).isInstanceOf(OutOfMemoryError.class);
        assertThat(rig.kiosk.status().health(Part.ALARM).state()).isEqualTo(PartHealth.State.FAILED);
        assertThat(rig.health.check()).extracting(PartHealth::part).contains(Part.ALARM);
    }

    @Test
    void anEngineThatStopsTickingWithholdsTheHeartbeat() {
        rig = new EngineRig(dir).start();
        rig.engine.close(); // stands for a stuck alarm thread: no more ticks

        rig.clock.advance(KernelHealth.ALARM_SILENCE.plusSeconds(1));

        assertThat(rig.health.check()).singleElement().satisfies(h -> {
            assertThat(h.part()).isEqualTo(Part.ALARM);
            assertThat(h.reason()).contains("has not run for 16 s");
        });
    }
}
