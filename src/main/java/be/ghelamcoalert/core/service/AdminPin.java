package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.PinHash;
import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.PinLockoutStore;
import be.ghelamcoalert.core.port.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin PIN that guards settings, deleting an event, muting and the light test. It knows the
 * PIN only as a salted hash; without one (outside the demo, a kiosk whose PIN is still the
 * documented default) every admin action stays locked and the status bar says so. Every refused
 * try is audited; wrong tries lock the keypad for longer and longer ({@link PinLockout}), and the
 * lockout is kept in the store, so a restart does not end it.
 */
public final class AdminPin {
    private static final Logger LOG = LoggerFactory.getLogger(AdminPin.class);

    public enum Result {
        ACCEPTED,
        WRONG,
        LOCKED,
        NOT_SET
    }

    private final Optional<PinHash> pin;
    private final PinLockoutStore lockouts;
    private final AuditLog audit;
    private final Transactor tx;
    private final Clock clock;

    /** @param pin the PIN's hash; empty when this kiosk has no usable admin PIN */
    public AdminPin(Optional<PinHash> pin, PinLockoutStore lockouts, AuditLog audit, Transactor tx, Clock clock) {
        this.pin = pin;
        this.lockouts = lockouts;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether an admin PIN is set: without one, admin actions stay locked. */
    public boolean isSet() {
        return pin.isPresent();
    }

    /** Checks a try; a refused one is audited (never the digits), a wrong one counts towards the next lockout. */
    public synchronized Result attempt(String entered) {
        var now = clock.instant();
        if (pin.isEmpty()) {
            refused(now, "no admin PIN is set on this kiosk (GHELAMCO__UI__ADMINPIN)");
            return Result.NOT_SET;
        }
        var state = lockouts.load();
        if (state.lockedAt(now)) {
            refused(now, "keypad locked until " + state.lockedUntil().orElseThrow());
            return Result.LOCKED;
        }
        if (pin.get().matches(entered)) {
            if (!state.equals(PinLockout.none())) {
                tx.run(() -> lockouts.save(PinLockout.none()));
            }
            return Result.ACCEPTED;
        }
        var next = state.afterWrongTry(now);
        tx.run(() -> {
            lockouts.save(next);
            audit.append(new AuditEntry(
                    now,
                    Actor.touchScreen(),
                    "admin-pin-wrong",
                    Optional.empty(),
                    next.lockedAt(now)
                            ? "wrong PIN, try " + PinLockout.TRIES + " of " + PinLockout.TRIES
                                    + ": keypad locked until "
                                    + next.lockedUntil().orElseThrow() + " (lockout " + next.lockouts() + ")"
                            : "wrong PIN, try " + next.failures() + " of " + PinLockout.TRIES));
        });
        if (next.lockedAt(now)) {
            LOG.warn(
                    "Admin PIN: {} wrong tries, keypad locked until {}",
                    PinLockout.TRIES,
                    next.lockedUntil().orElseThrow());
            return Result.LOCKED;
        }
        return Result.WRONG;
    }

    /** When the keypad opens again; empty when it is not locked. */
    public Optional<Instant> lockedUntil() {
        var now = clock.instant();
        return lockouts.load().lockedUntil().filter(now::isBefore);
    }

    private void refused(Instant now, String why) {
        tx.run(() ->
                audit.append(new AuditEntry(now, Actor.touchScreen(), "admin-pin-refused", Optional.empty(), why)));
    }
}
