package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.fixtures.Pairing;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the import remembers between runs. Calls join the caller's transaction when there is one. */
public interface FixtureImportStore {

    /** A quarantined page, kept for diagnosis. */
    record RawPage(String source, Instant keptAt, String reason, String content) {}

    Optional<SourceHealth> health(String source);

    void saveHealth(SourceHealth health);

    Map<SourceRef, EventId> links();

    void saveLinks(Map<SourceRef, EventId> links);

    /** The pairing of each stored match the import made or recognised since match identity. */
    Map<EventId, Pairing> pairings();

    /** Remembers (or replaces) the pairings of stored events; an event's pairing goes with the event. */
    void savePairings(Map<EventId, Pairing> pairings);

    /** Keeps the page; only the newest few per source are kept. */
    void keepRawPage(RawPage page);

    /** The newest kept pages of a source first. */
    List<RawPage> rawPages(String source);
}
