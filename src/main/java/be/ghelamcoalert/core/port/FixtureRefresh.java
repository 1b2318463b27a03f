package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Actor;
import java.util.Objects;

/** Starts a fixture import now (the import service provides it). */
public interface FixtureRefresh {

    /**
     * Imports now.
     *
     * @return what the import did, counted for the screen, with its own English line
     */
    Refreshed refreshNow(Actor actor);

    /**
     * What an import run did.
     *
     * @param changes     events created, moved, cancelled or restored
     * @param unreachable sources that could not be fetched (their last good fixtures stay)
     * @param quarantined sources whose page looked wrong and was set aside
     * @param summary     the import's own line in English, per source, for logs and a job's status
     */
    record Refreshed(int changes, int unreachable, int quarantined, String summary) {
        public Refreshed {
            if (changes < 0 || unreachable < 0 || quarantined < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
            Objects.requireNonNull(summary, "summary");
        }

        /** Whether a source could not be read: the events on screen may be out of date. */
        public boolean incomplete() {
            return unreachable + quarantined > 0;
        }
    }
}
