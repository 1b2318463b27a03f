package be.ghelamcoalert.core.port;

import java.util.Optional;

/** Asks the store whether it still takes a write: the heartbeat and the watchdog trust only a store that answers. */
@FunctionalInterface
public interface StoreProbe {
    /** @return empty when the store answered; otherwise what is wrong, in words ("disk full") */
    Optional<String> problem();
}
