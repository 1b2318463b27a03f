package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by the release before match identity (src/test/resources/stores/release-1, see
 * its README), opened by this version: the events and what people changed about their alerts
 * survive, the next import follows them, and the play-off that release merged comes back.
 */
@IntegrationTest
class StoreFromReleaseOneTest {
    private static final String JPL = "Jupiler Pro League";
    private static final EventId BRUGGE = new EventId("m-2024-25-jupiler-pro-league-kaa-gent-v-club-brugge");
    private static final EventId GENK = new EventId("m-2024-25-jupiler-pro-league-kaa-gent-v-racing-genk");
    private static final EventId WESTERLO = new EventId("m-2024-25-jupiler-pro-league-kaa-gent-v-westerlo");
    private static final EventId ANDERLECHT = new EventId("m-2024-25-jupiler-pro-league-kaa-gent-v-anderlecht");

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheStore() throws IOException {
        try (InputStream store = getClass().getResourceAsStream("/stores/release-1/" + Database.STORE_FILE)) {
            Files.copy(
                    Objects.requireNonNull(store, "the store of release 1 is missing"),
                    dir.resolve(Database.STORE_FILE));
        }
    }

    private FixtureImportHarness kiosk() {
        return new FixtureImportHarness(dir, MutableClock.at("2025-03-09T17:10"), false);
    }

    private static FixturePage page(String playOffDate) {
        return FixturePage.of(
                match("zo 9 mrt.", "20u45", "KAA Gent", "Club Brugge", JPL, ""),
                match("zo 16 mrt.", "18u30", "KAA Gent", "Racing Genk", JPL, ""),
                match("zo 30 mrt.", "13u30", "KAA Gent", "Westerlo", JPL, ""),
                match(playOffDate, "18u30", "KAA Gent", "Anderlecht", JPL, ""),
                match("zo 18 mei", "nog te bepalen", "KAA Gent", "Anderlecht", JPL, ""));
    }

    private static Alert alert(FixtureImportHarness h, EventId event, String name) {
        return h.kiosk.alerts().find(new AlertId(event.value() + "/" + name)).orElseThrow();
    }

    @Test
    void eventsAndWhatPeopleChangedSurviveTheMigrationAndTheNextImports() {
        try (var h = kiosk()) {
            assertThat(h.events()).extracting(Event::id).containsExactlyInAnyOrder(BRUGGE, GENK, WESTERLO, ANDERLECHT);
            h.server.html("/club", page("zo 13 apr.").table());

            var report = h.importNow();

            assertThat(report.changes())
                    .as("only the play-off the release before merged away")
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.action()).isEqualTo("import-created");
                        assertThat(c.after().start().date()).isEqualTo(LocalDate.of(2025, 5, 18));
                        assertThat(c.after().id().value()).isEqualTo(ANDERLECHT.value() + "-2025-05-18");
                    });
            assertThat(h.events()).hasSize(5);
            assertThat(alert(h, BRUGGE, "light").snoozedUntil())
                    .as("the snooze")
                    .contains(Instant.parse("2025-03-09T16:20:00Z"));
            assertThat(alert(h, ANDERLECHT, "light").pinned()).isTrue();
            assertThat(alert(h, ANDERLECHT, "light").dueAt())
                    .as("the retimed light")
                    .isEqualTo(Instant.parse("2025-04-13T12:00:00Z"));
            assertThat(alert(h, GENK, "extra").dueAt())
                    .as("the added alert")
                    .isEqualTo(Instant.parse("2025-03-16T11:00:00Z"));
            assertThat(h.kiosk.events().find(WESTERLO).orElseThrow().muted()).isTrue();

            h.server.html("/club", page("zo 20 apr.").table());
            h.importNow();

            var moved = h.kiosk.events().find(ANDERLECHT).orElseThrow();
            assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
            assertThat(moved.start().date()).isEqualTo(LocalDate.of(2025, 4, 20));
            assertThat(alert(h, ANDERLECHT, "light").dueAt())
                    .as("the retimed light keeps its distance to the deadline")
                    .isEqualTo(Instant.parse("2025-04-13T12:00:00Z").plus(Duration.ofDays(7)));
            assertThat(h.events()).hasSize(5);
            assertThat(h.events())
                    .filteredOn(e -> e.title().contains("Anderlecht"))
                    .extracting(e -> e.start().date())
                    .containsExactlyInAnyOrder(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 5, 18));
        }
    }
}
