package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.StoreHealth.State;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class JdbiStoreProbeTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T14:00");

    @TempDir
    Path dataDir;

    @Test
    void aProbeWritesItsRowAndSaysOk() {
        try (var database = Database.open(dataDir);
                var probe = new JdbiStoreProbe(database, clock)) {
            assertThat(probe.probe()).isEqualTo(be.ghelamcoalert.core.model.StoreHealth.ok());
            assertThat(database.jdbi()
                            .withHandle(h -> h.select("SELECT probed_at FROM store_probe")
                                    .mapTo(OffsetDateTime.class)
                                    .one())
                            .toInstant())
                    .isEqualTo(clock.instant());
        }
    }

    @Test
    void aStoreThatDoesNotAnswerWithinTheLimitIsReportedWithoutWaitingLonger() {
        try (var database = Database.open(dataDir);
                var probe = new JdbiStoreProbe(database, clock, Duration.ofMillis(300))) {
            probe.probe();
            var blocker = database.jdbi().open();
            blocker.begin();
            blocker.execute("UPDATE store_probe SET probed_at = probed_at"); // holds the row, as a stuck writer would

            var health = probe.probe();

            assertThat(health.state()).isEqualTo(State.NOT_ANSWERING);
            assertThat(health.reason()).isEqualTo("Store: a write did not finish within 300 ms (" + dataDir + ")");
            assertThat(database.health()).isEqualTo(health);
            assertThat(probe.probe().state())
                    .as("the stuck write is not started again")
                    .isEqualTo(State.NOT_ANSWERING);

            blocker.rollback();
            blocker.close();
            Awaitility.await()
                    .atMost(15, TimeUnit.SECONDS)
                    .until(() -> probe.probe().isOk());
        }
    }
}
