package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Actor;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Starts a fixture import now (the import service provides it). */
public interface FixtureRefresh {

    /**
     * Imports now and waits for it.
     *
     * @return what the import did, counted for the screen, with its own English line
     */
    Refreshed refreshNow(Actor actor);

    /**
     * Starts an import (or joins the one running) without holding the caller: completes with what
     * it did, or exceptionally when the import itself failed. The import service runs it on its
     * own thread; this default, for an implementation without one, runs {@link #refreshNow} on
     * the caller's thread.
     */
    default CompletableFuture<Refreshed> refresh(Actor actor) {
        return CompletableFuture.completedFuture(refreshNow(actor));
    }

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
