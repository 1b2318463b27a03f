package be.ghelamcoalert.core.model.command;

import java.time.Duration;
import java.util.Optional;

/**
 * Switches the alarm light on for a short while so someone can see that it works.
 *
 * @param duration how long; empty: the kiosk's configured light-test duration
 */
public record RunLightTest(Optional<Duration> duration) implements KioskCommand {
    public static final Duration DEFAULT = Duration.ofSeconds(5);
    public static final Duration MAX = Duration.ofMinutes(2);

    public RunLightTest {
        Checks.present(duration, "duration");
        duration.ifPresent(d -> Checks.positive(d, "duration", MAX));
    }

    /** A light test as long as this kiosk's configuration says. */
    public static RunLightTest configured() {
        return new RunLightTest(Optional.empty());
    }

    public static RunLightTest lasting(Duration duration) {
        return new RunLightTest(Optional.of(duration));
    }

    @Override
    public Operation operation() {
        return Operation.LIGHT_TEST;
    }
}
