package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class JdbiMetricsOutboxTest {
    private static final Instant START = Instant.parse("2026-11-28T16:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWindowIsKeptAsAJsonObjectAndReadBack() {
        try (var database = Database.open(dir)) {
            var outbox = new JdbiMetricsOutbox(database, Clock.fixed(START.plusSeconds(300), ZoneOffset.UTC));
            var window = new MetricWindow(START, Duration.ofMinutes(5), Map.of("Snoozes", 2.0, "Alive", 1.0));

            outbox.store(window);

            String column = database.jdbi()
                    .withHandle(h -> h.select("SELECT vals FROM metric_windows")
                            .mapTo(String.class)
                            .one());
            assertThat(column).isEqualTo("{\"Alive\":1.0,\"Snoozes\":2.0}");
            assertThat(outbox.unpublished(10))
                    .singleElement()
                    .satisfies(stored -> assertThat(stored.window()).isEqualTo(window));
        }
    }
}
