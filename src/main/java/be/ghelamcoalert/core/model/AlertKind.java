package be.ghelamcoalert.core.model;

/** The stages an event's alerts go through. */
public enum AlertKind {
    /** A notice on screen only (by default the day before). */
    NOTICE,
    /** The light before the deadline: only a reminder, so it lights within office hours. */
    WARNING,
    /** From the deadline until kickoff or confirmation: always lights unless the event is muted. */
    OVERDUE;

    public boolean lightsRelay() {
        return this != NOTICE;
    }

    public boolean isOnlyReminder() {
        return this != OVERDUE;
    }
}
