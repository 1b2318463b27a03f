package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Wording;
import java.util.List;

/**
 * What a command did: a {@link Kind} and its typed arguments ({@link MessageArgument}), which the
 * screen renders in the reader's language ({@code outcome.<KIND>} in its
 * resource bundles), and {@link #summary()}, the same in English for logs, the audit log and a
 * job's status.
 */
public record CommandOutcome(KioskCommand command, Kind kind, List<MessageArgument> args) {

    /** What happened, with the English template ({@link Wording}: {0}, {1}: the arguments). */
    public enum Kind {
        CREATED("created {0} on {1} {2} with {3,choice,0#no alerts|1#{3} alert|1<{3} alerts}"),
        UPDATED("updated {0} to {1} {2}"),
        DELETED("deleted {0}"),
        SNOOZED("snoozed {0} until {1}"),
        SNOOZED_TO_DEADLINE("snoozed {0} until {1} (capped at the deadline)"),
        CONFIRMED("car park confirmed clear for {0}"),
        ALERT_MOVED("moved {0} alert of {1} to {2}"),
        ALERT_ADDED("added {0} alert to {1} at {2}"),
        ALERT_REMOVED("removed {0} alert of {1}"),
        MUTED("muted {0}"),
        UNMUTED("unmuted {0}"),
        NOTICE_DISMISSED("notice dismissed"),
        /**
         * {0}: the import's own English summary. Jobs recorded before imports were counted keep
         * this kind (the screen words it without the summary); new imports are one of the next two.
         */
        FIXTURES_REFRESHED("{0}"),
        /** Every source was read. {0}: changes; {3}: the import's own English summary. */
        FIXTURES_IMPORTED("{3}"),
        /**
         * A source could not be fetched or was quarantined: the events may be out of date.
         * {0}: changes, {1}: sources unreachable, {2}: sources quarantined; {3}: the English summary.
         */
        FIXTURES_IMPORT_INCOMPLETE("{3}"),
        /**
         * The import did not end within the time a command waits for it ({0}: seconds); it goes on
         * on its own thread and its result shows on the status bar.
         */
        FIXTURES_IMPORT_RUNNING("fixture import still running after {0} s; its result shows on the status bar"),
        LIGHT_TESTED("light test for {0} s"),
        LANGUAGE_CHANGED("language set to {0}"),
        /** {0}: what changed, in English. */
        SETTINGS_CHANGED("settings changed: {0}"),
        /**
         * {0}: the release's version, downloaded, verified and unpacked beside the running one;
         * the kiosk restarts into it on trial (the job stays in progress until the trial ends).
         */
        RELEASE_SWITCHED("release {0} downloaded, verified and installed; restarting to try it"),
        /** {0}: the release's version, which came up healthy on trial and is kept. */
        RELEASE_COMMITTED("release {0} runs and came up healthy");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        public String englishTemplate() {
            return english;
        }
    }

    public CommandOutcome {
        args = List.copyOf(args);
    }

    /** @param args the kind's arguments, typed by {@link MessageArgument#of} */
    public static CommandOutcome of(KioskCommand command, Kind kind, Object... args) {
        return new CommandOutcome(command, kind, MessageArgument.all(args));
    }

    /** Carried out, but the person who asked should look again (an import that could not read every source). */
    public boolean needsAttention() {
        return kind == Kind.FIXTURES_IMPORT_INCOMPLETE || kind == Kind.FIXTURES_IMPORT_RUNNING;
    }

    /** Carried out as far as it goes now; the job ends later (an update that restarts the kiosk to try the release). */
    public boolean continuesAfterRestart() {
        return kind == Kind.RELEASE_SWITCHED;
    }

    /** The kind and its arguments, kept so that a screen can word this outcome again later. */
    public ReasonCode reasonCode() {
        return new ReasonCode(ReasonCode.Family.OUTCOME, kind.name(), "", args);
    }

    /** One line in English, e.g. "snoozed KAA Gent - Club Brugge until 17:45". */
    public String summary() {
        return Wording.english(kind.englishTemplate(), args);
    }
}
