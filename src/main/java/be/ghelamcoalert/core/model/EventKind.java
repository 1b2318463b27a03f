package be.ghelamcoalert.core.model;

/** What happens at the stadium; the car-park lead time can differ per kind. */
public enum EventKind {
    /** A KAA Gent home match (league, cup, Europe, friendly, play-off). */
    HOME_MATCH,
    /** Another team playing at our venue: Jong KAA Gent, the Ladies, the national team. */
    OTHER_MATCH,
    /** A concert, big-screen broadcast, seminar or other activity imported from a calendar. */
    STADIUM_EVENT,
    /** An event created on the kiosk or by a remote job. */
    CUSTOM
}
