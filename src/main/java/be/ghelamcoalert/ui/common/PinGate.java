package be.ghelamcoalert.ui.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks the admin PIN. After {@value #MAX_FAILURES} wrong tries it refuses every try for
 * {@link #LOCKOUT}, so guessing a 4-digit PIN at the screen takes days.
 */
public final class PinGate {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    public enum Result { ACCEPTED, WRONG, LOCKED }

    private final byte[] pin;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    public PinGate(String pin, Clock clock) {
        this.pin = pin.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public synchronized Result attempt(String entered) {
        var now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            return Result.LOCKED;
        }
        if (MessageDigest.isEqual(pin, entered.getBytes(StandardCharsets.UTF_8))) {
            failures = 0;
            return Result.ACCEPTED;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntil = now.plus(LOCKOUT);
            return Result.LOCKED;
        }
        return Result.WRONG;
    }

    /** When the gate opens again after too many wrong tries; empty when it is not locked. */
    public synchronized Optional<Instant> lockedUntil() {
        return clock.instant().isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }
}
