package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The files in the data directory through which the kiosk and its launcher ({@code kiosk-session.sh})
 * carry a release's trial across restarts, as plain {@code key=value} lines a shell can read:
 * <ul>
 *   <li>{@value #PENDING}: a release switched to and not yet judged ({@link PendingTrial});</li>
 *   <li>{@value #STARTS}: how often the launcher started it on trial (the launcher's own count);</li>
 *   <li>{@value #ROLL_BACK}: the kiosk judged the trial failed, with the reason: the launcher rolls back at the next start;</li>
 *   <li>{@value #ROLLED_BACK}: written by the launcher after a rollback, read by the version that runs again.</li>
 * </ul>
 * Each is written beside its place and renamed into it, so a power cut leaves the old file or the new.
 */
public final class TrialFiles {
    public static final String PENDING = "update-trial.properties";
    public static final String STARTS = "update-trial.starts";
    public static final String ROLL_BACK = "update-trial.rollback";
    public static final String ROLLED_BACK = "update-rolled-back.properties";

    private final Path data;

    public TrialFiles(Path dataDirectory) {
        this.data = dataDirectory;
    }

    public Optional<PendingTrial> pending() {
        return read(PENDING)
                .map(p -> new PendingTrial(
                        ReleaseVersion.of(p.getProperty("version")),
                        ReleaseVersion.of(p.getProperty("previous")),
                        Instant.parse(p.getProperty("switchedAt")),
                        Optional.ofNullable(p.getProperty("storeBackup"))
                                .filter(s -> !s.isBlank())
                                .map(Path::of)));
    }

    /** Records a trial before {@code current} is switched, so a power cut after the switch still finds it. */
    public void begin(PendingTrial trial) throws IOException {
        Files.deleteIfExists(data.resolve(STARTS));
        Files.deleteIfExists(data.resolve(ROLL_BACK));
        write(
                PENDING,
                "version=" + trial.version() + "\nprevious=" + trial.previous() + "\nswitchedAt=" + trial.switchedAt()
                        + "\nstoreBackup="
                        + trial.storeBackup().map(Path::toString).orElse("") + "\n");
    }

    /** The release on trial came up healthy: nothing more to count or roll back. */
    public void commit() throws IOException {
        Files.deleteIfExists(data.resolve(PENDING));
        Files.deleteIfExists(data.resolve(STARTS));
        Files.deleteIfExists(data.resolve(ROLL_BACK));
    }

    /** Asks the launcher to roll back at the next start (the store is closed then, so its backup can go back). */
    public void requestRollBack(String reason) throws IOException {
        write(ROLL_BACK, reason.replace('\n', ' ') + "\n");
    }

    public Optional<RolledBackRelease> rolledBack() {
        return read(ROLLED_BACK)
                .map(p -> new RolledBackRelease(
                        ReleaseVersion.of(p.getProperty("version")), p.getProperty("reason", "rolled back")));
    }

    /** The rollback was reported. */
    public void forgetRollBack() throws IOException {
        Files.deleteIfExists(data.resolve(ROLLED_BACK));
    }

    private Optional<Properties> read(String name) {
        var file = data.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var properties = new Properties();
            // Read as the shell writes them: no escapes (a Windows-like path or a reason keeps its backslashes).
            properties.load(new StringReader(
                    Files.readString(file, StandardCharsets.UTF_8).replace("\\", "\\\\")));
            return Optional.of(properties);
        } catch (IOException e) {
            throw new ReleaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(data);
        var partial = data.resolve(name + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, data.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
