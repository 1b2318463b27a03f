package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.UpdateRelease;

/** Brings a signed release onto the kiosk: download, checks, and keeping it ready to run. */
public interface Updater {

    /**
     * Downloads the bundle, checks its hash, signature, version and architecture, and keeps it
     * ready; returns its version.
     *
     * @throws InvalidCommandException when the release cannot be taken, naming the job's field and
     *                                 the reason; nothing changed and no download is left behind
     */
    ReleaseVersion stage(UpdateRelease update);
}
