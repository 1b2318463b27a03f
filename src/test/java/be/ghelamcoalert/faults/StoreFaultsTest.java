package be.ghelamcoalert.faults;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store file that cannot be read at start: moved aside, an empty store, and said loudly. */
@IntegrationTest
class StoreFaultsTest {
    @TempDir
    Path dir;

    private FaultRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aCorruptFileAtStartIsMovedAsideAndTheKioskStartsEmptyAndSaysSo() throws Exception {
        var data = Files.createDirectories(dir.resolve("data"));
        var garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(data.resolve(Database.STORE_FILE), garbage);

        rig = new FaultRig(dir).start();

        var store = rig.health(Part.STORE);
        assertThat(store.state()).isEqualTo(PartHealth.State.DEGRADED);
        assertThat(store.reason()).contains("damaged").contains("moved aside");
        try (var files = Files.list(data)) {
            var aside = files.filter(f -> f.getFileName().toString().startsWith(Database.STORE_FILE + ".damaged-"))
                    .toList();
            assertThat(aside)
                    .singleElement()
                    .satisfies(f -> assertThat(Files.readAllBytes(f)).isEqualTo(garbage));
        }
        assertThat(rig.statusBar().faultsProperty().get())
                .startsWith("Opslag: ")
                .contains("moved aside");
        assertThat(rig.device().health().check())
                .as("the light works: the heartbeat goes on")
                .isEmpty();
        assertThat(rig.health(Part.STORE).state())
                .as("it stays said until the next restart")
                .isEqualTo(PartHealth.State.DEGRADED);

        var due = rig.gala();
        rig.timeIs(due);
        assertThat(rig.lit()).isTrue();
    }
}
