package be.ghelamcoalert.core.model;

import java.util.Objects;
import java.util.UUID;

/**
 * Stable identity of an event. Matches derive it from what the match is (competition, season,
 * teams) or from the source's own id, never from a URL; custom events get a UUID from whoever
 * creates them.
 */
public record EventId(String value) {
    public static final int MAX_LENGTH = 120;

    public EventId {
        Objects.requireNonNull(value, "event id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("event id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("event id is longer than " + MAX_LENGTH + " characters");
        }
    }

    public static EventId newCustom() {
        return new EventId("custom-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
