package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * How one part of the kiosk is doing, with why in words a person can act on
 * ("certificate /etc/ghelamco-alert/certs/device.pem.crt does not exist").
 */
public record PartHealth(Part part, State state, Instant since, String reason) {

    public enum State {
        /** Being started (or started again after a failure). */
        STARTING,
        /** Working. */
        RUNNING,
        /** Working in part: the reason says what does not. */
        DEGRADED,
        /** Not working; retried where a retry can help. */
        FAILED,
        /** Not used on this kiosk (no cloud configured, the demo): nothing is wrong. */
        OFF
    }

    public PartHealth {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reason, "reason");
    }

    public static PartHealth starting(Part part, Instant at) {
        return new PartHealth(part, State.STARTING, at, "starting");
    }

    public static PartHealth running(Part part, Instant at) {
        return new PartHealth(part, State.RUNNING, at, "");
    }

    public static PartHealth off(Part part, Instant at, String why) {
        return new PartHealth(part, State.OFF, at, why);
    }

    public static PartHealth failed(Part part, Instant at, String why) {
        return new PartHealth(part, State.FAILED, at, why);
    }

    public static PartHealth degraded(Part part, Instant at, String why) {
        return new PartHealth(part, State.DEGRADED, at, why);
    }

    /** Working, or not used on this kiosk: nothing to report. */
    public boolean healthy() {
        return state == State.RUNNING || state == State.OFF;
    }

    /** Whether something is wrong that a person should hear of. */
    public boolean troubled() {
        return state == State.FAILED || state == State.DEGRADED;
    }

    /** Same state and reason: the report changes nothing (the time it was seen aside). */
    public boolean sameAs(PartHealth other) {
        return part == other.part && state == other.state && reason.equals(other.reason);
    }
}
