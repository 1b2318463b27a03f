package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many wrong admin PINs were entered and whether the keypad is locked. Every
 * {@value #TRIES} wrong tries lock it, each time longer: 5 minutes, then 15, 60, 4 hours and from
 * then on 24 hours, until a right PIN starts the ladder again. Kept in the store, so a restart
 * (or pulling the plug) neither forgets nor shortens a lockout.
 *
 * @param failures    wrong tries since the last lockout ended or the last right PIN
 * @param lockouts    how many lockouts since the last right PIN: the next one lasts longer
 * @param lockedUntil when the current lockout ends; empty when none was ever set
 */
public record PinLockout(int failures, int lockouts, Optional<Instant> lockedUntil) {
    public static final int TRIES = 5;
    public static final List<Duration> LADDER = List.of(
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(60),
            Duration.ofHours(4),
            Duration.ofHours(24));

    public PinLockout {
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        if (failures < 0 || failures >= TRIES || lockouts < 0) {
            throw new IllegalArgumentException("failures must be 0 to " + (TRIES - 1) + " and lockouts not negative");
        }
    }

    public static PinLockout none() {
        return new PinLockout(0, 0, Optional.empty());
    }

    /** Whether the keypad refuses every try at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** After one more wrong try at {@code now} (which must not be locked). */
    public PinLockout afterWrongTry(Instant now) {
        if (failures + 1 < TRIES) {
            return new PinLockout(failures + 1, lockouts, lockedUntil);
        }
        return new PinLockout(0, lockouts + 1, Optional.of(now.plus(nextLockout())));
    }

    /** How long the next lockout lasts. */
    public Duration nextLockout() {
        return LADDER.get(Math.min(lockouts, LADDER.size() - 1));
    }
}
