package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.fixtures.SourcePage;
import be.ghelamcoalert.core.model.fixtures.SourceUnavailableException;

/** A place fixtures come from: a club's fixtures page, the stadium's calendar. */
public interface FixtureSource {

    /** The configured name: the audit log's actor and the key of the source's health. */
    String name();

    /**
     * Fetches and reads the source once (retrying network errors as configured).
     *
     * @throws SourceUnavailableException when the source could not be reached or answered with an
     *                                    error status; the last good data stays
     */
    SourcePage fetch() throws SourceUnavailableException;
}
