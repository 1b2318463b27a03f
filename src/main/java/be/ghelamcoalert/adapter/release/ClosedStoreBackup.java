package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the store file taken while no kiosk has it open (between the old version's stop and
 * the new version's start), before a release whose minimum schema is newer than the store's may
 * migrate it; restored when that release is rolled back. Copies are written beside their target
 * and renamed into place when complete and on disk, so a power cut leaves the old file or the new.
 */
public final class ClosedStoreBackup {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedStoreBackup.class);

    private final Path storeFile;
    private final Path backups;

    /**
     * @param storeFile the H2 store file ({@code <data>/ghelamco-alert.mv.db})
     * @param backups   where the copies are kept, on the same partition
     */
    public ClosedStoreBackup(Path storeFile, Path backups) {
        this.storeFile = storeFile;
        this.backups = backups;
    }

    /** Whether a release needing {@code minimumSchema} migrates a store at {@code storeSchema}. */
    public static boolean migrates(String minimumSchema, String storeSchema) {
        return Long.parseLong(minimumSchema) > Long.parseLong(storeSchema);
    }

    /** The copy taken before {@code release} first ran. */
    public Path copyFor(ReleaseVersion release) {
        return backups.resolve("before-" + release + ".mv.db");
    }

    /** Copies the closed store before {@code release} runs. */
    public Path backUp(ReleaseVersion release) throws IOException {
        Files.createDirectories(backups);
        var copy = copyFor(release);
        copyDurably(storeFile, copy);
        LOG.info("Store backed up to {} before release {}", copy, release);
        return copy;
    }

    /** Puts the copy taken before {@code release} back in place of the (closed) store. */
    public void restore(ReleaseVersion release) throws IOException {
        var copy = copyFor(release);
        if (!Files.isRegularFile(copy)) {
            throw new ReleaseException("no store backup " + copy + " to restore");
        }
        copyDurably(copy, storeFile);
        LOG.warn("Store restored from {} (release {} rolled back)", copy, release);
    }

    private static void copyDurably(Path from, Path to) throws IOException {
        var partial = to.resolveSibling(to.getFileName() + ".partial");
        try {
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
