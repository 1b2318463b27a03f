package be.ghelamcoalert.app;

import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.core.model.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The alarm tests' set-up as a JUnit extension: a data directory per test, {@link AlarmRig}s opened
 * on it (one after the other, as restarts), and every rig closed and the directory removed after
 * the test. Register it with {@code @RegisterExtension final AlarmRigs rigs = new AlarmRigs();}.
 */
final class AlarmRigs implements BeforeEachCallback, AfterEachCallback {
    private final List<AlarmRig> opened = new ArrayList<>();
    private Path dataDir;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("alarm-rig");
    }

    /** Opens a kiosk at {@code start} on this test's data directory, stores {@code events} and starts the alarm. */
    AlarmRig open(ZonedDateTime start, AlarmSettings settings, Event... events) {
        var rig = AlarmRig.open(dataDir, start, settings, events);
        opened.add(rig);
        return rig;
    }

    /** An active-high board on BCM 17, as {@link #open(ZonedDateTime, AlarmSettings, Event...)} with {@link AlarmRig#activeHigh()}. */
    AlarmRig open(ZonedDateTime start, Event... events) {
        return open(start, AlarmRig.activeHigh(), events);
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        opened.reversed().forEach(AlarmRig::close);
        opened.clear();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(AlarmRigs::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
