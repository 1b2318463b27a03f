package be.ghelamcoalert.core.model;

import java.util.Objects;

/**
 * Whether the store accepts a write, and if not, why in words ("Store: disk full (/var/lib/ghelamco-alert)").
 *
 * @param state  what is wrong, {@link State#OK} when nothing is
 * @param reason a sentence for the status bar and the log; for {@code OK} "Store: OK"
 */
public record StoreHealth(State state, String reason) {

    public enum State {
        /** The last write went through. */
        OK,
        /** The file system holding the store has no room left. */
        FULL,
        /** The file system holding the store was made read-only (e.g. the kernel did so after a card error). */
        READ_ONLY,
        /** The database closed itself or cannot be opened, for another reason that the text names. */
        CLOSED,
        /** A trivial write did not finish within its time limit: a stuck or deadlocked store. */
        NOT_ANSWERING
    }

    public StoreHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    public static StoreHealth ok() {
        return new StoreHealth(State.OK, "Store: OK");
    }

    public boolean isOk() {
        return state == State.OK;
    }
}
