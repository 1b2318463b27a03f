package be.ghelamcoalert.core.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever listens (screen, alarm engine, shadow) that the kiosk's state changed, after the
 * change is committed. Listeners must return quickly; a failing listener does not stop the others.
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    /** What changed, for listeners that care. */
    public enum Topic {
        EVENTS,
        NOTICES,
        RELAY,
        IMPORT,
        CLOUD,
        SETTINGS,
        HEALTH,
        RELEASE
    }

    public interface Listener {
        void changed(Topic topic);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    public void publish(Topic topic) {
        for (var listener : listeners) {
            try {
                listener.changed(topic);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on change {}", topic, e);
            }
        }
    }
}
