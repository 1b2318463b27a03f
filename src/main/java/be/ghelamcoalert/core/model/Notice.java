package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message for the lobby that stays on screen until someone taps it away, e.g. "kickoff moved
 * Sat 15:30 → Sun 18:30, clear the car park by 15:30".
 */
public record Notice(long id, Optional<EventId> eventId, String text, Instant createdAt, Optional<Instant> seenAt) {

    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(seenAt, "seenAt");
    }

    public boolean seen() {
        return seenAt.isPresent();
    }
}
