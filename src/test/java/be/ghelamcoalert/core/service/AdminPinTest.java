package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.PinHash;
import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.port.memory.InMemoryStore;
import be.ghelamcoalert.core.service.AdminPin.Result;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin PIN on the in-memory store and a test clock: hashed, audited, locked longer each time,
 * across a restart. That H2 keeps the lockout over a reopen is PinLockoutStoreContract's; that
 * the store's files never hold the PIN is AdminPinOnDiskTest's.
 */
class AdminPinTest {
    static final String PIN = "917355";
    static final PinHash HASH = PinHash.of(PIN, new SecureRandom());

    final MutableClock clock = MutableClock.at(TestEvents.brussels(2026, 11, 28, 10, 0));
    final InMemoryStore store = new InMemoryStore();
    AdminPin pin;

    @BeforeEach
    void open() {
        reopen();
    }

    @Test
    void onlyTheRightPinOpens() {
        assertThat(pin.attempt("1234")).isEqualTo(Result.WRONG);
        assertThat(pin.attempt(PIN + "0")).isEqualTo(Result.WRONG);
        assertThat(pin.attempt("")).isEqualTo(Result.WRONG);
        assertThat(pin.attempt(PIN)).isEqualTo(Result.ACCEPTED);
    }

    @Test
    void everyWrongTryIsAuditedWithoutTheDigits() {
        pin.attempt("1111");
        pin.attempt("2222");

        assertThat(audit()).extracting(AuditEntry::action).containsExactly("admin-pin-wrong", "admin-pin-wrong");
        assertThat(audit())
                .extracting(AuditEntry::detail)
                .containsExactly("wrong PIN, try 2 of 5", "wrong PIN, try 1 of 5");
        assertThat(audit()).allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("1111", "2222", PIN));
    }

    @Test
    void fiveWrongTriesLockEvenTheRightPinForFiveMinutesThenFifteenThenAnHour() {
        var ladder = new Duration[] {
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(60),
            Duration.ofHours(4),
            Duration.ofHours(24),
            Duration.ofHours(24)
        };
        for (var lockout : ladder) {
            fiveWrongTries();
            var until = clock.instant().plus(lockout);
            assertThat(pin.lockedUntil()).contains(until);
            assertThat(pin.attempt(PIN)).as("locked for " + lockout).isEqualTo(Result.LOCKED);

            clock.advance(lockout.minusSeconds(1));
            assertThat(pin.attempt(PIN)).isEqualTo(Result.LOCKED);
            clock.advance(Duration.ofSeconds(1));
            assertThat(pin.lockedUntil()).isEmpty();
        }
        assertThat(audit().getFirst().action()).isEqualTo("admin-pin-refused");
        assertThat(audit().getFirst().detail()).startsWith("keypad locked until ");
    }

    @Test
    void aLockoutSurvivesARestartAndTheNextOneIsStillLonger() {
        fiveWrongTries();
        var until = clock.instant().plus(Duration.ofMinutes(5));

        reopen();

        assertThat(pin.lockedUntil()).contains(until);
        assertThat(pin.attempt(PIN)).isEqualTo(Result.LOCKED);
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < PinLockout.TRIES - 1; i++) {
            assertThat(pin.attempt("0000")).isEqualTo(Result.WRONG);
            reopen();
        }
        assertThat(pin.attempt("0000")).isEqualTo(Result.LOCKED);
        assertThat(pin.lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void aRightPinStartsTheCountAndTheLadderAgain() {
        fiveWrongTries();
        clock.advance(Duration.ofMinutes(5));
        assertThat(pin.attempt(PIN)).isEqualTo(Result.ACCEPTED);

        for (int i = 0; i < PinLockout.TRIES - 1; i++) {
            assertThat(pin.attempt("0000")).isEqualTo(Result.WRONG);
        }
        assertThat(pin.attempt(PIN)).isEqualTo(Result.ACCEPTED);
        fiveWrongTries();
        assertThat(pin.lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void withoutAPinEveryTryIsRefusedAndAudited() {
        var none = new AdminPin(Optional.empty(), store.pinLockout(), store.audit(), store, clock);

        assertThat(none.isSet()).isFalse();
        assertThat(none.attempt("2468")).isEqualTo(Result.NOT_SET);
        assertThat(audit().getFirst().action()).isEqualTo("admin-pin-refused");
        assertThat(audit().getFirst().detail()).contains("no admin PIN is set");
    }

    private void fiveWrongTries() {
        for (int i = 0; i < PinLockout.TRIES - 1; i++) {
            assertThat(pin.attempt("0000")).isEqualTo(Result.WRONG);
        }
        assertThat(pin.attempt("0000")).isEqualTo(Result.LOCKED);
    }

    /** The PIN as a restarted kiosk builds it: nothing but what the store kept. */
    private void reopen() {
        pin = new AdminPin(Optional.of(HASH), store.pinLockout(), store.audit(), store, clock);
    }

    private java.util.List<AuditEntry> audit() {
        return store.audit().latest(100);
    }
}
