package be.ghelamcoalert.core.model;

import java.util.Objects;
import java.util.UUID;

/** Identity of one alert of an event. */
public record AlertId(String value) {
    public static final int MAX_LENGTH = 160;

    public AlertId {
        Objects.requireNonNull(value, "alert id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("alert id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("alert id is longer than " + MAX_LENGTH + " characters");
        }
    }

    /** The id of the alert that a policy rule plans for an event: stable across re-plans. */
    public static AlertId forRule(EventId event, String ruleName) {
        return new AlertId(event.value() + "/" + ruleName);
    }

    public static AlertId newManual(EventId event) {
        return new AlertId(
                event.value() + "/manual-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public String toString() {
        return value;
    }
}
