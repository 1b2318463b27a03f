package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Actor;

/** Starts a fixture import now (the import service provides it). */
public interface FixtureRefresh {

    /** @return a one-line summary of what the import did, for the screen and the job status */
    String refreshNow(Actor actor);
}
