package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.port.FixtureImportStore.RawPage;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class PageCapTest {

    @Test
    void aPageWithinTheLimitIsKeptWhole() {
        assertThat(PageCap.cap("<html>é</html>", 4096)).isEqualTo("<html>é</html>");
    }

    @Test
    void aLongerPageKeepsItsStartAndAMarkerWithinTheLimitNeverSplittingACharacter() {
        var page = "<html>" + "ü€😀".repeat(10_000) + "</html>";

        var kept = PageCap.cap(page, 4096);

        assertThat(kept.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(4096)
                .isGreaterThan(4000);
        assertThat(page).startsWith(kept.substring(0, kept.indexOf("\n<!-- ")));
        assertThat(kept)
                .endsWith("<!-- Ghelamco Alert: page cut to 4096 bytes; it had "
                        + page.getBytes(StandardCharsets.UTF_8).length + " bytes -->");
        assertThat(kept.codePoints())
                .as("no half character")
                .noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    @Test
    void aQuarantinedPageIsStoredCut(@TempDir Path dir) {
        try (var database = Database.open(dir)) {
            var store = new JdbiFixtureImportStore(database);
            var huge = "x".repeat(3 * 1024 * 1024);

            store.keepRawPage(new RawPage("club", Instant.parse("2026-11-28T10:00:00Z"), "zero rows", huge));

            var kept = store.rawPages("club").getFirst().content();
            assertThat(kept.length()).isLessThanOrEqualTo(RetentionPolicy.DEFAULTS.quarantinedPageBytes());
            assertThat(kept).startsWith("xxxx").endsWith("it had " + huge.length() + " bytes -->");
        }
    }
}
