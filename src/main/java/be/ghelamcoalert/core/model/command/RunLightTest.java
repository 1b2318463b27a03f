package be.ghelamcoalert.core.model.command;

import java.time.Duration;

/** Switches the alarm light on for a short while so someone can see that it works. */
public record RunLightTest(Duration duration) implements KioskCommand {
    public static final Duration DEFAULT = Duration.ofSeconds(5);
    public static final Duration MAX = Duration.ofMinutes(2);

    public RunLightTest {
        Checks.positive(duration, "duration", MAX);
    }

    @Override
    public String operation() {
        return "light-test";
    }
}
