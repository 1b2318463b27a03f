package be.ghelamcoalert.core.model;

import java.util.Objects;

/**
 * What the alarm light is doing and why, for the screen's lamp and the shadow.
 *
 * @param pattern         off, steady or slow blink
 * @param reason          why, e.g. "overdue: KAA Gent - Club Brugge" or "light test"
 * @param hardwareOk      false when the GPIO layer failed (the screen alarm still works)
 * @param hardwareProblem what failed, empty when all is well
 */
public record LightStatus(LightPattern pattern, String reason, boolean hardwareOk, String hardwareProblem) {

    public enum LightPattern {
        OFF,
        STEADY,
        SLOW_BLINK
    }

    public LightStatus {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(hardwareProblem, "hardwareProblem");
    }

    public static LightStatus off() {
        return new LightStatus(LightPattern.OFF, "no alert", true, "");
    }

    public boolean lit() {
        return pattern != LightPattern.OFF;
    }
}
