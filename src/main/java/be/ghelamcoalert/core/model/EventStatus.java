package be.ghelamcoalert.core.model;

/** Life cycle of an event as the sources and the users see it. */
public enum EventStatus {
    SCHEDULED,
    /** The kickoff changed after it was first known; a notice tells the lobby. */
    MOVED,
    /** Postponed without a new date: its alerts are cancelled. */
    POSTPONED,
    /** No longer seen at the source; kept (never deleted) until it comes back or passes. */
    UNCONFIRMED,
    CANCELLED;

    /** Whether alerts of an event in this status may fire. */
    public boolean raisesAlerts() {
        return this == SCHEDULED || this == MOVED || this == UNCONFIRMED;
    }
}
