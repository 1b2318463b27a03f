package be.ghelamcoalert.core.model.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a command was refused, as a code the screen can put into the reader's language, with the
 * English wording that logs, the audit log and remote jobs carry: a {@link java.text.MessageFormat}
 * pattern whose {0} is the field and {1}, {2} the refusal's arguments (the English wording puts the
 * field in front: "title: must not be empty"). Every code has a Dutch and an English text in the
 * screen's resource bundles ({@code refusal.<CODE>}), with the same arguments.
 */
public enum Refusal {
    // A command's own checks.
    REQUIRED("is required"),
    EMPTY("must not be empty"),
    TOO_LONG("must be at most {1,choice,0#{1} characters|1#{1} character|1<{1} characters}"),
    CONTROL_CHARACTERS("must not contain control characters"),
    NOT_POSITIVE("must be positive"),
    TOO_MANY_MINUTES("must be at most {1,choice,0#{1} minutes|1#{1} minute|1<{1} minutes}"),
    END_NOT_AFTER_START("must be after the start time {1}"),
    NOTHING_TO_CHANGE("names nothing to change"),
    NIGHT_WITHOUT_LENGTH("must differ from the start of the night ({1})"),
    // What the kiosk can do.
    NO_FIXTURE_SOURCE("this kiosk has no fixture source configured"),
    NO_ALARM_LIGHT("this kiosk has no alarm light"),
    NO_UPDATES("this kiosk takes no over-the-air updates"),
    /** A release the kiosk would not take ({1}: the English detail, e.g. a bad signature, a full disk, another architecture). */
    UPDATE_REFUSED("{1}"),
    // The state of events and alerts.
    NO_SUCH_EVENT("no event with id {1}"),
    EVENT_EXISTS("an event with id {1} already exists"),
    IMPORTED_EVENT("{1} comes from the fixture import and cannot be changed here; mute it instead"),
    START_IN_PAST("the event must start in the future"),
    DEADLINE_PASSED("the car-park deadline has passed; confirm that the car park is clear instead"),
    SNOOZE_PAST_DEADLINE(
            "would reach past the car-park deadline at {1}; at most {2,choice,0#{2} minutes are|1#{2} minute is|1<{2} minutes are} left"),
    NOTHING_TO_SNOOZE("no alert of {1} is active, nothing to snooze"),
    NOTHING_TO_CONFIRM("{1} has no alert left to confirm"),
    NO_SUCH_ALERT("no alert with id {1}"),
    ALERT_EXISTS("an alert with id {1} already exists"),
    ALERT_NOT_BEFORE_KICKOFF("must be before kickoff"),
    ALERT_IN_PAST("must not be in the past"),
    NO_SUCH_NOTICE("no open notice with id {1}"),
    // An update job's release ({1}: the release's version).
    /** {2}: the version that runs. */
    UPDATE_NOT_NEWER("{1} is not newer than the running {2}; a job with \"allowDowngrade\": true may install it"),
    /** {2}: the version of the installed package, which the launcher would start instead. */
    UPDATE_BELOW_PACKAGE(
            "{1} is not newer than the installed package {2}, which the kiosk would start instead; install {1} as a package"),
    /** {2}: the release on trial now. */
    UPDATE_DURING_TRIAL("release {2} is on trial; send the update again after it"),
    /** {2}: what went wrong, in English. */
    BUNDLE_NOT_DOWNLOADED("{2}"),
    /** {2}: the download's hash, {3}: the job's. */
    BUNDLE_HASH_MISMATCH("the download''s SHA-256 is {2}, not the job''s {3}"),
    /** {2}: why the signature or a file did not check out, in English. */
    BUNDLE_NOT_TRUSTED("the bundle is not a valid signed release: {2}"),
    /** {2}: the version the bundle's signed manifest names. */
    BUNDLE_OTHER_VERSION("the bundle''s signed manifest names version {2}, not the job''s {1}"),
    /** {2}: the bundle's architectures, {3}: this kiosk's. */
    BUNDLE_OTHER_ARCHITECTURE("the bundle is built for {2}; this kiosk is {3}"),
    /** A remote mute, or a remote retime past the deadline ({1}), without a reason: both can silence a match. */
    REASON_REQUIRED("is required: this silences the light for {1}; say why, the lobby reads it"),
    /** A job document's own problem ({1}: the English detail); only a remote job meets it. */
    INVALID("{1}");

    private final String english;

    Refusal(String english) {
        this.english = english;
    }

    /** The English template, e.g. "must be at most {1,choice,0#{1} characters|1#{1} character|1<{1} characters}". */
    public String englishTemplate() {
        return english;
    }

    /** Why {@code field} was refused, in English, without the field: "must be at most 120 characters". */
    public String english(String field, List<MessageArgument> args) {
        return Wording.english(english, fieldFirst(field, args));
    }

    /** The arguments of a refusal's texts: the field, then the refusal's own. */
    public static List<MessageArgument> fieldFirst(String field, List<MessageArgument> args) {
        var all = new ArrayList<MessageArgument>(args.size() + 1);
        all.add(new MessageArgument.Text(field));
        all.addAll(args);
        return all;
    }
}
