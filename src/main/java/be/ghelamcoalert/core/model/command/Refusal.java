package be.ghelamcoalert.core.model.command;

/**
 * Why a command was refused, as a code the screen can put into the reader's language, with the
 * English wording ({0}, {1}: the refusal's arguments) that logs, the audit log and remote jobs
 * carry. Every code has a Dutch and an English text in the screen's resource bundles
 * ({@code refusal.<CODE>}).
 */
public enum Refusal {
    // A command's own checks.
    REQUIRED("is required"),
    EMPTY("must not be empty"),
    TOO_LONG("must be at most {0} characters"),
    CONTROL_CHARACTERS("must not contain control characters"),
    NOT_POSITIVE("must be positive"),
    TOO_MANY_MINUTES("must be at most {0} minutes"),
    END_NOT_AFTER_START("must be after the start time {0}"),
    NOTHING_TO_CHANGE("names nothing to change"),
    NIGHT_WITHOUT_LENGTH("must differ from the start of the night ({0})"),
    // What the kiosk can do.
    NO_FIXTURE_SOURCE("this kiosk has no fixture source configured"),
    NO_ALARM_LIGHT("this kiosk has no alarm light"),
    NO_UPDATES("this kiosk takes no over-the-air updates"),
    // The state of events and alerts.
    NO_SUCH_EVENT("no event with id {0}"),
    EVENT_EXISTS("an event with id {0} already exists"),
    IMPORTED_EVENT("{0} comes from the fixture import and cannot be changed here; mute it instead"),
    START_IN_PAST("the event must start in the future"),
    DEADLINE_PASSED("the car-park deadline has passed; confirm that the car park is clear instead"),
    SNOOZE_PAST_DEADLINE("would reach past the car-park deadline at {0}; at most {1} minutes are left"),
    NOTHING_TO_SNOOZE("no alert of {0} is active, nothing to snooze"),
    NOTHING_TO_CONFIRM("{0} has no alert left to confirm"),
    NO_SUCH_ALERT("no alert with id {0}"),
    ALERT_EXISTS("an alert with id {0} already exists"),
    ALERT_NOT_BEFORE_KICKOFF("must be before kickoff"),
    ALERT_IN_PAST("must not be in the past"),
    NO_SUCH_NOTICE("no open notice with id {0}"),
    /** A remote mute, or a remote retime past the deadline ({0}), without a reason: both can silence a match. */
    REASON_REQUIRED("is required: this silences the light for {0}; say why, the lobby reads it"),
    /** A job document's own problem ({0}: the English detail); only a remote job meets it. */
    INVALID("{0}");

    private final String english;

    Refusal(String english) {
        this.english = english;
    }

    /** The English template, e.g. "must be at most {0} characters". */
    public String englishTemplate() {
        return english;
    }
}
