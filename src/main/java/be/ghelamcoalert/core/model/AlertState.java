package be.ghelamcoalert.core.model;

/** Where an alert stands at a given instant; derived, never stored. */
public enum AlertState {
    SCHEDULED,
    ACTIVE,
    SNOOZED,
    /** Someone confirmed that the car park is clear. */
    CONFIRMED,
    EXPIRED,
    CANCELLED;

    public boolean demandsAttention() {
        return this == ACTIVE;
    }
}
