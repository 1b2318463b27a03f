package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.UpdateRelease;

/**
 * Brings a signed release onto the kiosk: download, checks, installing it beside the running one
 * and restarting into it on trial; delivered again after that restart, the same job learns how
 * the trial ended.
 */
public interface Updater {

    /** How far an update job got. */
    enum Step {
        /** Installed and switched to; the kiosk restarts into it on trial, the job stays in progress. */
        SWITCHED,
        /** The release runs, came up healthy on trial and is kept: the job succeeded. */
        COMMITTED
    }

    record Progress(ReleaseVersion version, Step step) {}

    /**
     * Takes the update job one step further.
     *
     * @throws InvalidCommandException when the release cannot be taken, naming the job's field and
     *                                 the reason; nothing changed and no download is left behind
     * @throws CommandFailedException  when the release was tried and rolled back, or could not be
     *                                 installed (the job failed): with a {@link be.ghelamcoalert.core.model.command.Failure}
     *                                 code the screen words, and what did not come up
     */
    Progress apply(UpdateRelease update);
}
