package be.ghelamcoalert.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiAuditLog;
import be.ghelamcoalert.adapter.persistence.JdbiPinLockoutStore;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.PinHash;
import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.service.AdminPin.Result;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin PIN on a real H2 file and a test clock: hashed, audited, locked longer each time, across a reopen. */
@IntegrationTest
class AdminPinTest {
    static final String PIN = "917355";
    static final PinHash HASH = PinHash.of(PIN, new SecureRandom());

    @TempDir
    Path dir;
    final MutableClock clock = MutableClock.at(TestEvents.brussels(2026, 11, 28, 10, 0));
    Database database;
    AdminPin pin;

    @BeforeEach
    void open() {
        reopen();
    }

    @AfterEach
    void close() {
        database.close();
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
        assertThat(audit()).extracting(AuditEntry::detail).containsExactly("wrong PIN, try 2 of 5", "wrong PIN, try 1 of 5");
        assertThat(audit()).allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("1111", "2222", PIN));
    }

    @Test
    void fiveWrongTriesLockEvenTheRightPinForFiveMinutesThenFifteenThenAnHour() {
        var ladder = new Duration[] {Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofHours(4),
            Duration.ofHours(24), Duration.ofHours(24)};
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
        var none = new AdminPin(Optional.empty(), new JdbiPinLockoutStore(database), new JdbiAuditLog(database), database, clock);

        assertThat(none.isSet()).isFalse();
        assertThat(none.attempt("2468")).isEqualTo(Result.NOT_SET);
        assertThat(audit().getFirst().action()).isEqualTo("admin-pin-refused");
        assertThat(audit().getFirst().detail()).contains("no admin PIN is set");
    }

    @Test
    void theStoreKeepsNoPin() throws Exception {
        pin.attempt(PIN);
        pin.attempt("0000");
        database.close();

        try (var files = Files.walk(dir)) {
            var stored = files.filter(Files::isRegularFile).map(AdminPinTest::latin1).reduce("", String::concat);
            assertThat(stored).isNotEmpty().doesNotContain(PIN);
        }
        database = Database.open(dir);
    }

    private void fiveWrongTries() {
        for (int i = 0; i < PinLockout.TRIES - 1; i++) {
            assertThat(pin.attempt("0000")).isEqualTo(Result.WRONG);
        }
        assertThat(pin.attempt("0000")).isEqualTo(Result.LOCKED);
    }

    private void reopen() {
        if (database != null) {
            database.close();
        }
        database = Database.open(dir);
        pin = new AdminPin(Optional.of(HASH), new JdbiPinLockoutStore(database), new JdbiAuditLog(database), database, clock);
    }

    private java.util.List<AuditEntry> audit() {
        return new JdbiAuditLog(database).latest(100);
    }

    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
