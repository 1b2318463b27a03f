package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.model.fixtures.Pairing;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import be.ghelamcoalert.core.port.FixtureImportStore.RawPage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class JdbiFixtureImportStoreTest {
    private static final Instant T0 = Instant.parse("2024-08-01T10:00:00Z");

    @Test
    void healthLinksAndRawPagesSurviveARestart(@TempDir Path dir) {
        try (var db = Database.open(dir)) {
            var store = new JdbiFixtureImportStore(db);
            assertThat(store.health("club")).isEmpty();
            var good = SourceHealth.unknown("club").good(T0, 17, "20 fixtures, 17 ahead at our venue");
            store.saveHealth(good);
            store.saveHealth(good.broken(T0.plusSeconds(3600), "quarantined: zero rows"));
            store.saveLinks(Map.of(new SourceRef("club", "9001"), new EventId("m-2024-25-jpl-kaa-gent-v-club-brugge")));
            store.keepRawPage(new RawPage("club", T0, "zero rows", "<html>cookies</html>"));
        }
        try (var db = Database.open(dir)) {
            var store = new JdbiFixtureImportStore(db);
            assertThat(store.health("club"))
                    .contains(new SourceHealth(
                            "club",
                            Health.BROKEN,
                            "quarantined: zero rows",
                            Optional.of(T0.plusSeconds(3600)),
                            Optional.of(T0),
                            17));
            assertThat(store.links())
                    .containsEntry(new SourceRef("club", "9001"), new EventId("m-2024-25-jpl-kaa-gent-v-club-brugge"));
            assertThat(store.rawPages("club"))
                    .singleElement()
                    .isEqualTo(new RawPage("club", T0, "zero rows", "<html>cookies</html>"));
        }
    }

    @Test
    void onlyTheNewestRawPagesAreKept(@TempDir Path dir) {
        try (var db = Database.open(dir)) {
            var store = new JdbiFixtureImportStore(db);
            for (int i = 0; i < 8; i++) {
                store.keepRawPage(new RawPage("club", T0.plusSeconds(i), "reason " + i, "page " + i));
            }
            store.keepRawPage(new RawPage("arena", T0, "other", "ics"));
            assertThat(store.rawPages("club"))
                    .hasSize(RetentionPolicy.DEFAULTS.quarantinedPagesPerSource())
                    .first()
                    .extracting(RawPage::content)
                    .isEqualTo("page 7");
            assertThat(store.rawPages("arena")).hasSize(1);
        }
    }

    @Test
    void aLinkFollowsTheLatestEvent(@TempDir Path dir) {
        try (var db = Database.open(dir)) {
            var store = new JdbiFixtureImportStore(db);
            store.saveLinks(Map.of(new SourceRef("club", "1"), new EventId("a")));
            store.saveLinks(Map.of(new SourceRef("club", "1"), new EventId("b")));
            store.saveLinks(Map.of());
            assertThat(store.links()).containsExactly(Map.entry(new SourceRef("club", "1"), new EventId("b")));
        }
    }

    @Test
    void aPairingIsKeptWithItsEventAndGoesWithIt(@TempDir Path dir) {
        var playOff = TestEvents.homeMatch(
                "m-2024-25-jpl-kaa-gent-v-anderlecht-2025-04-13", LocalDate.of(2025, 4, 13), LocalTime.of(18, 30));
        var pairing = new Pairing("jupiler pro league", "kaa gent", "anderlecht");
        try (var db = Database.open(dir)) {
            new JdbiEventRepository(db).save(playOff);
            var store = new JdbiFixtureImportStore(db);
            store.savePairings(Map.of(playOff.id(), new Pairing("jpl", "kaa gent", "anderlecht")));
            store.savePairings(Map.of(playOff.id(), pairing));
            store.savePairings(Map.of());
        }
        try (var db = Database.open(dir)) {
            var store = new JdbiFixtureImportStore(db);
            assertThat(store.pairings()).containsExactly(Map.entry(playOff.id(), pairing));
            new JdbiEventRepository(db).delete(playOff.id());
            assertThat(store.pairings()).isEmpty();
        }
    }
}
