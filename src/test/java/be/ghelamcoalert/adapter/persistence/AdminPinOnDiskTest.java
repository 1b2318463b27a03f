package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.PinHash;
import be.ghelamcoalert.core.service.AdminPin;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin PIN's tries on a real H2 file: none of the store's files ever holds the digits. */
@IntegrationTest
class AdminPinOnDiskTest {
    static final String PIN = "917355";

    @TempDir
    Path dir;

    @Test
    void theStoreKeepsNoPin() throws Exception {
        var clock = MutableClock.at(TestEvents.brussels(2026, 11, 28, 10, 0));
        try (var database = Database.open(dir)) {
            var pin = new AdminPin(
                    Optional.of(PinHash.of(PIN, new SecureRandom())),
                    new JdbiPinLockoutStore(database),
                    new JdbiAuditLog(database),
                    database,
                    clock);
            assertThat(pin.attempt(PIN)).isEqualTo(AdminPin.Result.ACCEPTED);
            assertThat(pin.attempt("0000")).isEqualTo(AdminPin.Result.WRONG);
        }

        try (var files = Files.walk(dir)) {
            var stored = files.filter(Files::isRegularFile)
                    .map(AdminPinOnDiskTest::latin1)
                    .reduce("", String::concat);
            assertThat(stored).isNotEmpty().doesNotContain(PIN);
        }
    }

    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
