package be.ghelamcoalert.core.model;

/** How urgent an event is right now, for the screen: always shown as colour plus text. */
public enum EventStage {
    UPCOMING,
    /** The deadline is today (or a notice is showing). */
    TODAY,
    /** The light stage before the deadline is active. */
    LIGHT_ON,
    /** The deadline has passed and nobody confirmed the car park is clear. */
    OVERDUE,
    /** Confirmed clear. */
    CLEARED,
    /** Kickoff has passed. */
    FINISHED,
    /** Postponed or cancelled: no alerts. */
    CALLED_OFF
}
