package be.ghelamcoalert.core.model;

import java.util.Objects;
import java.util.UUID;

/**
 * Stable identity of an event, never derived from a URL. A match keeps the id it was created with
 * ({@code m-<season>-<competition>-<home>-v-<away>-<first date>}); later imports find it again by
 * the source's own id, or by its pairing and date (see README, "How a match is recognised"), so a
 * moved match keeps its id and two matches of the same pairing never share one. Custom events get
 * a UUID from whoever creates them.
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
