package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiStoreProbe;
import be.ghelamcoalert.core.model.StoreHealth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store, checked without disturbing a running kiosk: the data directory must be writable, and
 * a copy of the store file (never the file itself, which the kiosk holds open) must open, match
 * this version's schema and take a write.
 */
final class StoreCheck {
    private static final String CHECK = "store";

    private StoreCheck() {}

    static CheckResult run(Path directory, Clock clock) {
        if (!Files.isDirectory(directory)) {
            return CheckResult.fail(CHECK, "the data directory " + directory + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            return CheckResult.fail(
                    CHECK,
                    "the data directory " + directory + " is not writable by this user (" + owner(directory) + ")");
        }
        var store = directory.resolve(Database.STORE_FILE);
        if (!Files.exists(store)) {
            return CheckResult.ok(
                    CHECK,
                    directory + " is writable (" + owner(directory) + "); no store yet: the first start makes one");
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("ghelamco-self-test-");
            Files.copy(store, scratch.resolve(Database.STORE_FILE));
            return openCopy(store, scratch, clock);
        } catch (IOException | RuntimeException e) {
            return CheckResult.fail(CHECK, store + " cannot be copied or opened: " + e.getMessage());
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static CheckResult openCopy(Path store, Path scratch, Clock clock) throws IOException {
        long megabytes = Files.size(store) / (1024 * 1024);
        try (var database = Database.open(scratch);
                var probe = new JdbiStoreProbe(database, clock)) {
            var schema = database.verifySchema();
            if (schema.isPresent()) {
                return CheckResult.fail(CHECK, store + ": its migrations differ from this version's: " + schema.get());
            }
            var health = probe.probe();
            if (health.state() != StoreHealth.State.OK) {
                return CheckResult.fail(CHECK, store + " (a copy) does not take a write: " + health.reason());
            }
            return CheckResult.ok(
                    CHECK,
                    store + ": " + megabytes + " MB, a copy opened at schema " + Database.SCHEMA_VERSION
                            + " and took a write; " + store.getParent() + " is writable (" + owner(store.getParent())
                            + ")");
        }
    }

    private static String owner(Path path) {
        try {
            return "owner " + Files.getOwner(path).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "owner unknown";
        }
    }

    private static void deleteQuietly(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary copy harms nothing; the table already says how the store is
        }
    }
}
