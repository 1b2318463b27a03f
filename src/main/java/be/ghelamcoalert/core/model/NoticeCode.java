package be.ghelamcoalert.core.model;

/**
 * What a lobby notice says, as a code the screen words in its own language
 * ({@code notice.<CODE>} in its resource bundles, with the same arguments), and the English
 * template ({0}, {1}: the arguments) that the stored text, logs and the cloud read.
 */
public enum NoticeCode {
    /** {0}: the event's title; {1}, {2}: the old and the new kickoff; {3}: when the car park must be empty. */
    KICKOFF_MOVED("{0}: kickoff moved {1} → {2}, clear the car park by {3}"),
    /** As {@link #KICKOFF_MOVED}, to a date whose time is not known yet: the deadline assumes the earliest kickoff. */
    KICKOFF_MOVED_PROVISIONAL("{0}: kickoff moved {1} → {2}, clear the car park by {3} (provisional: time TBC)"),
    /** A kickoff time that was TBC became known. {0}: the title; {1}: the kickoff; {2}: the deadline. */
    KICKOFF_SET("{0}: kickoff set for {1}, clear the car park by {2}"),
    /** {0}: the title. */
    CANCELLED("{0} is cancelled: no car-park deadline"),
    /** Postponed without a new date. {0}: the title. */
    POSTPONED("{0} is postponed: no car-park deadline until a new date is known"),
    /** {0}: the title; {1}: the venue it is played at now. */
    ELSEWHERE("{0} is no longer at our venue (now at {1}): no car-park deadline"),
    /** Home and away swapped. {0}: the title; {1}: the home team now. */
    HOME_TEAM_CHANGED("{0} is no longer at our venue (home team now {1}): no car-park deadline"),
    /** Another match on the same date took its place. {0}: the title; {1}: the match that replaces it. */
    REPLACED("{0} is replaced by {1}"),
    /** As {@link #REPLACED}, by a match that is not at our venue. */
    REPLACED_ELSEWHERE("{0} is replaced by {1}, not at our venue"),
    /** A remote job muted an event. {0}: the title; {1}: the reason the job gave. */
    MUTED_REMOTELY("{0} is muted by a remote command: the light stays off. Reason: {1}"),
    /** A remote job moved an alert past the car-park deadline. {0}: the title; {1}: when it is due now; {2}: the reason. */
    ALERT_PAST_DEADLINE("{0}: an alert was moved past the car-park deadline to {1} by a remote command. Reason: {2}");

    private final String english;

    NoticeCode(String english) {
        this.english = english;
    }

    /** The English template, e.g. "{0} is cancelled: no car-park deadline". */
    public String englishTemplate() {
        return english;
    }
}
