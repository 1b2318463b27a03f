package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.PruneCounts;
import be.ghelamcoalert.core.model.RetentionPolicy;
import java.time.Instant;

/** Removes from the store what the retention policy no longer keeps. */
public interface StoreHousekeeping {

    /**
     * Removes, in small transactions of its own, what is older than the policy keeps at {@code now}.
     * An event that is upcoming, or has an alert that has not ended, is never removed.
     */
    PruneCounts prune(Instant now, RetentionPolicy policy);
}
