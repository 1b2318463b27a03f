package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;

/** The connection to AWS IoT: not configured, online since, or offline since (with why). */
public record CloudStatus(State state, Instant since, String detail) {

    public enum State {
        NOT_CONFIGURED,
        CONNECTING,
        ONLINE,
        OFFLINE
    }

    public CloudStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(detail, "detail");
    }

    public static CloudStatus notConfigured(Instant since) {
        return new CloudStatus(State.NOT_CONFIGURED, since, "no AWS IoT configuration: running offline");
    }
}
