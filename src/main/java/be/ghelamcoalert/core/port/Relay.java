package be.ghelamcoalert.core.port;

/**
 * The relay that switches the alarm light (the GPIO adapter provides it). Speaks in "energized"
 * (light on) and "released" (light off); the adapter maps that onto the board's polarity.
 */
public interface Relay extends AutoCloseable {

    /**
     * Energizes or releases the relay.
     *
     * @throws RelayException when the hardware does not obey
     */
    void set(boolean energized);

    /** What drives the light, for the log and the screen, e.g. "GPIO 17 on gpiochip0 (active-low)". */
    String description();

    /** Releases the relay (the light goes off) and frees the hardware. */
    @Override
    void close();

    /** A relay that could not be opened: every switch fails with {@code problem}. */
    static Relay unavailable(String problem) {
        return new Relay() {
            @Override
            public void set(boolean energized) {
                throw new RelayException(problem);
            }

            @Override
            public String description() {
                return "no relay (" + problem + ")";
            }

            @Override
            public void close() {}
        };
    }
}
