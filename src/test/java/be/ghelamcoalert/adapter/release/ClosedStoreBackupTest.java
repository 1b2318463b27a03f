package be.ghelamcoalert.adapter.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 store copied while closed, changed by a "new release", and put back by a rollback. */
@IntegrationTest
class ClosedStoreBackupTest {
    private static final ReleaseVersion NEW = ReleaseVersion.of("1.5.0");

    @TempDir
    Path data;

    private List<String> notes() {
        try (var db = Database.open(data)) {
            return db.jdbi()
                    .withHandle(h -> h.createQuery("SELECT text FROM ota_probe ORDER BY text")
                            .mapTo(String.class)
                            .list());
        }
    }

    private void note(String text) {
        try (var db = Database.open(data)) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE IF NOT EXISTS ota_probe(text VARCHAR(40))");
                h.execute("INSERT INTO ota_probe VALUES (?)", text);
            });
        }
    }

    @Test
    void aRollbackRestoresTheStoreAsItWasBeforeTheNewReleaseRan() throws IOException {
        note("committed before the update");
        var backup = new ClosedStoreBackup(data.resolve(Database.STORE_FILE), data.resolve("backups"));

        backup.backUp(NEW);
        note("written by the new release's migration");
        backup.restore(NEW);

        assertThat(notes()).containsExactly("committed before the update");
        assertThat(data.resolve("backups"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("before-1.5.0.mv.db"));
        assertThat(data.resolve(Database.STORE_FILE + ".partial")).doesNotExist();
    }

    @Test
    void withoutABackupNothingIsRestored() {
        note("kept");
        var backup = new ClosedStoreBackup(data.resolve(Database.STORE_FILE), data.resolve("backups"));

        assertThatThrownBy(() -> backup.restore(NEW)).hasMessageContaining("no store backup");
        assertThat(notes()).containsExactly("kept");
    }

    @Test
    void onlyANewerMinimumSchemaMigratesTheStore() {
        assertThat(ClosedStoreBackup.migrates("10", "9")).isTrue();
        assertThat(ClosedStoreBackup.migrates("9", "9")).isFalse();
        assertThat(ClosedStoreBackup.migrates("8", "10")).isFalse();
    }
}
