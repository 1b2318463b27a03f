package be.ghelamcoalert.faults;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock of a Pi without a real-time clock: it jumps, and it boots in 1970 until NTP sets it. */
@IntegrationTest
class ClockFaultsTest {
    @TempDir
    Path dir;

    private FaultRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void twoHoursForwardAndOneBack() throws Exception {
        rig = new FaultRig(dir).start();
        var due = rig.gala(); // 16:45
        rig.timeIs(due.minus(Duration.ofMinutes(90)));
        assertThat(rig.lit()).isFalse();

        rig.timeIs(rig.clock.instant().plus(Duration.ofHours(2)));
        assertThat(rig.lit()).as("jumped past the alert: on at once").isTrue();

        rig.timeIs(rig.clock.instant().minus(Duration.ofHours(1)));
        assertThat(rig.lit()).as("back before the alert: off again").isFalse();
        assertThat(rig.device().health().check()).isEmpty();
    }

    @Test
    void bootedIn1970TheKioskSaysTheClockIsNotSetAndImportsNothingUntilItIs() throws Exception {
        var fixtures = Files.writeString(dir.resolve("fixtures.yaml"), "sources: []\n");
        rig = new FaultRig(dir);
        rig.clock.set(Instant.EPOCH.plusSeconds(42));
        rig.start("", fixtures);

        assertThat(rig.device().health().check()).extracting(PartHealth::part).containsExactly(Part.CLOCK);
        assertThat(rig.statusBar().faultsProperty().get()).contains("Klok niet ingesteld");
        var importNow = rig.await(Part.IMPORT, PartHealth.State.FAILED);
        assertThat(importNow.reason()).contains("clock is not set");
        assertThat(rig.lit()).isFalse();

        rig.timeIs(brussels(2026, 12, 9, 10, 0).toInstant()); // NTP answers
        var due = rig.gala();
        rig.timeIs(due);

        assertThat(rig.lit()).isTrue();
        assertThat(rig.device().health().check()).isEmpty();
        assertThat(rig.statusBar().faultsProperty().get()).doesNotContain("Klok");
    }
}
