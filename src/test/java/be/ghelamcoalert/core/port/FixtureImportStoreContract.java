package be.ghelamcoalert.core.port;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.fixtures.Pairing;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import be.ghelamcoalert.core.port.FixtureImportStore.RawPage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the fixture import relies on from a {@link FixtureImportStore}. */
public abstract class FixtureImportStoreContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final Pairing GENT_BRUGGE = new Pairing("jupiler pro league", "kaa gent", "club brugge");

    @Test
    void aSourcesHealthIsReplacedAndOutlivesARestart() {
        assertThat(store.fixtureImports(5).health("club")).isEmpty();
        store.fixtureImports(5).saveHealth(SourceHealth.unknown("club"));
        var good = SourceHealth.unknown("club").good(AT, 17, "17 at our venue");
        store.fixtureImports(5).saveHealth(good);
        var failing = new SourceHealth("stadium", Health.FAILING, "HTTP 503", Optional.of(AT), Optional.empty(), 0);
        store.fixtureImports(5).saveHealth(failing);

        restart();

        assertThat(store.fixtureImports(5).health("club")).contains(good);
        assertThat(store.fixtureImports(5).health("stadium")).contains(failing);
    }

    @Test
    void linksAreAddedToAndReplacedByTheirSourceAndId() {
        var imports = store.fixtureImports(5);
        imports.saveLinks(
                Map.of(new SourceRef("club", "m-1"), new EventId("a"), new SourceRef("club", "m-2"), new EventId("b")));
        imports.saveLinks(Map.of(
                new SourceRef("club", "m-2"), new EventId("c"), new SourceRef("stadium", "m-1"), new EventId("d")));
        imports.saveLinks(Map.of());

        assertThat(imports.links())
                .isEqualTo(Map.of(
                        new SourceRef("club", "m-1"),
                        new EventId("a"),
                        new SourceRef("club", "m-2"),
                        new EventId("c"),
                        new SourceRef("stadium", "m-1"),
                        new EventId("d")));
    }

    @Test
    void aPairingBelongsToAStoredEventAndGoesWithIt() {
        var match = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        var other = homeMatch("genk", LocalDate.of(2027, 1, 17), LocalTime.of(18, 30));
        store.events().save(match);
        store.events().save(other);
        var imports = store.fixtureImports(5);
        imports.savePairings(
                Map.of(match.id(), new Pairing("cup", "kaa gent", "club brugge"), other.id(), GENT_BRUGGE));
        imports.savePairings(Map.of(match.id(), GENT_BRUGGE));
        imports.savePairings(Map.of());

        assertThat(imports.pairings()).isEqualTo(Map.of(match.id(), GENT_BRUGGE, other.id(), GENT_BRUGGE));
        assertThatThrownBy(() -> imports.savePairings(Map.of(new EventId("nobody"), GENT_BRUGGE)))
                .isInstanceOf(RuntimeException.class);

        store.events().delete(match.id());

        assertThat(imports.pairings()).isEqualTo(Map.of(other.id(), GENT_BRUGGE));
    }

    @Test
    void onlyTheNewestPagesOfASourceAreKeptNewestFirst() {
        var imports = store.fixtureImports(2);
        for (int i = 1; i <= 3; i++) {
            imports.keepRawPage(new RawPage("club", AT.plusSeconds(i), "no fixtures " + i, "<html>" + i + "</html>"));
        }
        var stadium = new RawPage("stadium", AT, "unreadable", "BEGIN:VCALENDAR");
        imports.keepRawPage(stadium);

        assertThat(imports.rawPages("club"))
                .extracting(RawPage::reason)
                .containsExactly("no fixtures 3", "no fixtures 2");
        assertThat(imports.rawPages("club").getFirst())
                .isEqualTo(new RawPage("club", AT.plusSeconds(3), "no fixtures 3", "<html>3</html>"));
        assertThat(imports.rawPages("stadium")).containsExactly(stadium);
        assertThat(imports.rawPages("nobody")).isEmpty();
    }
}
