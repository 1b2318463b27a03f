package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page past the size limit fails its source like any other fetch failure: on screen, with the last good data kept. */
@IntegrationTest
class BoundedFetchImportTest {
    @TempDir
    Path dir;

    @Test
    void aPageLargerThan5MegabytesFailsTheSourceAsTooLargeOnTheStatusBar() {
        try (var h = new FixtureImportHarness(dir, MutableClock.at("2024-07-20T10:00"), false)) {
            h.server.html(
                    "/club",
                    FixturePage.of(match("4/8/2024", "20:45", "KAA Gent", "Club Brugge", "Jupiler Pro League", ""))
                            .table());
            h.importNow();
            var before = h.events();
            h.clock.advance(Duration.ofHours(1));
            h.server.html("/club", "<html><body>" + "<p>padding</p>".repeat(400_000) + "</body></html>");

            var report = h.importNow();

            assertThat(report.anyFailed()).isTrue();
            var status = h.kiosk.status().fixtures();
            assertThat(status.health()).isEqualTo(Health.FAILING);
            assertThat(status.detail()).isEqualTo("club: too large (more than 5 MB) at " + h.server.url("/club"));
            assertThat(h.events()).isEqualTo(before);
            assertThat(h.pauses).as("not retried").isEmpty();
        }
    }
}
