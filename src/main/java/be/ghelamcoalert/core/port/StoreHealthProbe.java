package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.StoreHealth;

/** Whether the store still accepts a write: for the status bar, the heartbeat and the watchdog. */
public interface StoreHealthProbe {

    /** The health last seen, by a probe or by any failed statement since; never blocks. */
    StoreHealth health();

    /** Writes one row within the probe's time limit and reports what it found; never blocks longer than that limit. */
    StoreHealth probe();
}
