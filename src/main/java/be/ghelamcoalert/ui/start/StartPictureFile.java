package be.ghelamcoalert.ui.start;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start picture as one file beside the store it shows: a small header (which store file,
 * size, full screen, valid until) and the pixels, zlib-compressed, whose checksum catches a
 * damaged or cut-off file. A picture belongs to the store file it was taken with (its
 * {@linkplain #storeIdentity identity}): once the store is replaced by another (deleted, restored
 * from a backup) or gone, the picture is not shown.
 * A new picture is written to a temporary file and moved over the old one, so a crash or power
 * cut leaves either picture whole, never half of one. A dashboard is mostly flat colour, which
 * compresses well (how small: README, Benchmarks).
 */
public final class StartPictureFile implements StartPictures {
    public static final String FILE_NAME = "start-picture.bin";
    /** "GAP" and the format's version. */
    static final int MAGIC = 0x47415002;

    private final Path file;
    private final Path store;

    private StartPictureFile(Path file, Path store) {
        this.file = file;
        this.store = store;
    }

    /** The start picture of the store kept in {@code storeFile}, beside it. */
    public static StartPictureFile beside(Path storeFile) {
        return new StartPictureFile(storeFile.resolveSibling(FILE_NAME), storeFile);
    }

    public Path path() {
        return file;
    }

    @Override
    public Optional<StartPicture> showableAt(Instant now) {
        try {
            var picture = read();
            if (!picture.showableAt(now)) {
                log().debug("The start picture was valid until {}: starting without it", picture.validUntil());
                return Optional.empty();
            }
            return Optional.of(picture);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException damaged) {
            log().warn("The start picture {} cannot be used ({}): starting without it", file, damaged.getMessage());
            return Optional.empty();
        }
    }

    private StartPicture read() throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a start picture of this version");
            }
            if (!in.readUTF().equals(storeIdentity())) {
                throw new NoSuchFileException(file.toString(), null, "taken with another store");
            }
            int width = in.readInt();
            int height = in.readInt();
            boolean fullScreen = in.readBoolean();
            var validUntil = Instant.ofEpochSecond(in.readLong(), in.readInt());
            // Checked before the pixels are read, so a damaged size cannot ask for gigabytes.
            if (!StartPicture.possible(width, height)) {
                throw new IllegalArgumentException("a picture of " + width + "x" + height + " pixels");
            }
            var pixels = new byte[StartPicture.byteCount(width, height)];
            var inflating = new InflaterInputStream(in);
            if (inflating.readNBytes(pixels, 0, pixels.length) != pixels.length || inflating.read() != -1) {
                throw new IOException("the pixels do not fill a " + width + "x" + height + " picture");
            }
            return new StartPicture(width, height, fullScreen, validUntil, pixels);
        } catch (EOFException | ZipException cut) {
            throw new IOException("the file is cut off or damaged", cut);
        }
    }

    @Override
    public void keep(StartPicture picture) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "start-picture", ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(MAGIC);
                out.writeUTF(storeIdentity());
                out.writeInt(picture.width());
                out.writeInt(picture.height());
                out.writeBoolean(picture.fullScreen());
                out.writeLong(picture.validUntil().getEpochSecond());
                out.writeInt(picture.validUntil().getNano());
                var deflater = new Deflater(Deflater.BEST_SPEED);
                try (var compressed = new DeflaterOutputStream(out, deflater, 1 << 16)) {
                    compressed.write(picture.pixels());
                } finally {
                    deflater.end();
                }
            }
            move(temporary);
            log().debug("Start picture kept: {}", picture);
        } catch (IOException e) {
            log().warn("The start picture could not be kept in {}: {}", file, e.toString());
            deleteQuietly(temporary);
        }
    }

    /**
     * The store file's identity: its device and inode and when it was created (a new file may get
     * the inode of a deleted one). Fails when there is no store. On a file system that keeps no
     * creation time Java gives the time of the last change instead: the picture is then never
     * shown, as the store changes while the kiosk runs.
     */
    private String storeIdentity() throws IOException {
        var attributes = Files.readAttributes(store, BasicFileAttributes.class);
        return attributes.fileKey() + " created " + attributes.creationTime();
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void discard() {
        try {
            if (Files.deleteIfExists(file)) {
                log().info("Start picture {} discarded: the store changed outside the kiosk's screen", file);
            }
        } catch (IOException e) {
            log().warn("The start picture {} could not be discarded: {}", file, e.toString());
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a stray temporary file in the data directory harms nothing
            }
        }
    }

    /**
     * Not a static field: the picture is read as the JVM starts, before the logging is configured,
     * and a logger made then would wait for it.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(StartPictureFile.class);
    }

    @Override
    public String toString() {
        return "StartPictureFile[" + file + "]";
    }
}
