package be.ghelamcoalert.core.model;

import java.util.Locale;

/**
 * The parts of the kiosk that can fail on their own. The alarm, the store and the relay are its
 * kernel: while they work the light comes on in time. The others feed or show it.
 */
public enum Part {
    ALARM(true),
    STORE(true),
    RELAY(true),
    CLOCK(true),
    CLOUD(false),
    IMPORT(false),
    SCREEN(false);

    private final boolean kernel;

    Part(boolean kernel) {
        this.kernel = kernel;
    }

    /** Whether the light depends on this part: without it the kiosk is not healthy, whatever else works. */
    public boolean kernel() {
        return kernel;
    }

    /** The part's name in the shadow and the metrics: {@code "alarm"}, {@code "cloud"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
