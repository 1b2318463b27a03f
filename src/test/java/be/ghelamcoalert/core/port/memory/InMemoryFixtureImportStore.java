package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.fixtures.Pairing;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import be.ghelamcoalert.core.port.FixtureImportStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the fixture import remembers, in memory; of the quarantined pages only the newest few per source are kept. */
final class InMemoryFixtureImportStore implements FixtureImportStore {
    private final InMemoryStore store;
    private final int pagesKept;

    InMemoryFixtureImportStore(InMemoryStore store, int pagesKept) {
        this.store = store;
        this.pagesKept = pagesKept;
    }

    @Override
    public Optional<SourceHealth> health(String source) {
        return store.read(t -> Optional.ofNullable(t.sourceHealth.get(source)));
    }

    @Override
    public void saveHealth(SourceHealth health) {
        store.write(t -> t.sourceHealth.put(health.source(), health));
    }

    @Override
    public Map<SourceRef, EventId> links() {
        return store.read(t -> new HashMap<>(t.links));
    }

    @Override
    public void saveLinks(Map<SourceRef, EventId> links) {
        store.write(t -> t.links.putAll(links));
    }

    @Override
    public Map<EventId, Pairing> pairings() {
        return store.read(t -> new HashMap<>(t.pairings));
    }

    @Override
    public void savePairings(Map<EventId, Pairing> pairings) {
        store.write(t -> pairings.forEach((id, pairing) -> {
            t.requireEvent(id, "the pairing " + pairing);
            t.pairings.put(id, pairing);
        }));
    }

    @Override
    public void keepRawPage(RawPage page) {
        long id = store.next(InMemoryStore.Sequence.RAW_PAGE);
        store.write(t -> {
            t.rawPages.put(id, page);
            var older = t.rawPages.descendingMap().entrySet().stream()
                    .filter(kept -> kept.getValue().source().equals(page.source()))
                    .skip(pagesKept)
                    .map(Map.Entry::getKey)
                    .toList();
            older.forEach(t.rawPages::remove);
        });
    }

    @Override
    public List<RawPage> rawPages(String source) {
        return store.read(t -> t.rawPages.descendingMap().values().stream()
                .filter(page -> page.source().equals(source))
                .toList());
    }
}
