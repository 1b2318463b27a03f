package be.ghelamcoalert.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Instants are stored as TIMESTAMP WITH TIME ZONE in UTC. */
final class Timestamps {
    private Timestamps() {}

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime utcOrNull(Optional<Instant> instant) {
        return instant.map(Timestamps::utc).orElse(null);
    }
}
