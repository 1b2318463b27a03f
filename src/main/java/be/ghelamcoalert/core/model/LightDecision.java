package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the alarm light should do at an instant, and why; the result of {@link LightPolicy#decide}.
 *
 * @param pattern     off, steady or slow blink
 * @param cause       what made it light (or {@link Cause#NO_ALERT})
 * @param reason      one line for the screen, e.g. "overdue: KAA Gent - Club Brugge"
 * @param alertId     the alert that lights it, if an alert does
 * @param eventId     that alert's event
 * @param litSince    when this light began: a blink starts "on" here ({@link Instant#EPOCH} when off)
 * @param blinkPeriod one on-and-off cycle of a slow blink
 */
public record LightDecision(
        LightPattern pattern,
        Cause cause,
        String reason,
        Optional<AlertId> alertId,
        Optional<EventId> eventId,
        Instant litSince,
        Duration blinkPeriod) {

    /** What made the light come on. */
    public enum Cause {
        NO_ALERT("no alert"),
        ALERT_DUE("alert due"),
        SNOOZE_ENDED("snooze ended"),
        OFFICE_HOURS_BEGAN("office hours began"),
        LIGHT_TEST("light test");

        private final String text;

        Cause(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public LightDecision {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(litSince, "litSince");
        Objects.requireNonNull(blinkPeriod, "blinkPeriod");
        if ((pattern == LightPattern.OFF) != (cause == Cause.NO_ALERT)) {
            throw new IllegalArgumentException("a light is off exactly when there is no cause to light it");
        }
    }

    public static LightDecision off(Duration blinkPeriod) {
        return new LightDecision(
                LightPattern.OFF,
                Cause.NO_ALERT,
                "no alert",
                Optional.empty(),
                Optional.empty(),
                Instant.EPOCH,
                blinkPeriod);
    }

    public boolean lit() {
        return pattern != LightPattern.OFF;
    }

    /** When a slow blink next switches the relay after {@code now}; empty for a steady or no light. */
    public Optional<Instant> nextToggleAfter(Instant now) {
        if (pattern != LightPattern.SLOW_BLINK) {
            return Optional.empty();
        }
        long period = blinkPeriod.toMillis();
        long half = period / 2;
        long elapsed = Duration.between(litSince, now).toMillis();
        if (elapsed < 0) {
            return Optional.of(litSince.plusMillis(half));
        }
        long cycles = elapsed / period;
        long next = elapsed % period < half ? cycles * period + half : (cycles + 1) * period;
        return Optional.of(litSince.plusMillis(next));
    }

    /**
     * Whether the relay is energized at {@code now}: a slow blink is on during the first half of
     * each period counted from {@link #litSince}, so a light always starts with "on".
     */
    public boolean energizedAt(Instant now) {
        return switch (pattern) {
            case OFF -> false;
            case STEADY -> true;
            case SLOW_BLINK -> {
                long period = blinkPeriod.toMillis();
                long elapsed = Duration.between(litSince, now).toMillis();
                yield elapsed < 0 || elapsed % period < period / 2;
            }
        };
    }

    /** The screen's view of this decision. */
    public LightStatus status(boolean hardwareOk, String hardwareProblem) {
        return new LightStatus(pattern, reason, hardwareOk, hardwareProblem);
    }
}
