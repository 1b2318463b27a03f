package be.ghelamcoalert.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small ext4 file system in an image file, loop-mounted with {@code errors=remount-ro} as an SD
 * card's root is: it can be filled up, freed, turned read-only the way the kernel does after a card
 * error, and repaired (unmount, fsck, mount) as an operator would. Needs root and loop devices; where
 * mounting is impossible the test is skipped with the reason.
 */
public final class SmallFilesystem implements AutoCloseable {
    private final Path image;
    private final Path root;
    private final Path filler;
    private boolean mounted;

    private SmallFilesystem(Path image, Path root) {
        this.image = image;
        this.root = root;
        this.filler = root.resolve("filler");
    }

    /** Creates and mounts a file system of {@code megabytes} in {@code workDir}; skips the test where that is impossible. */
    public static SmallFilesystem mount(Path workDir, int megabytes) throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a file system needs root");
        var image = workDir.resolve("card.ext4");
        var root = Files.createDirectories(workDir.resolve("card"));
        try (var file = FileChannel.open(image, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            file.position(megabytes * 1024L * 1024L - 1).write(ByteBuffer.wrap(new byte[1]));
        }
        var made = run(List.of("mkfs.ext4", "-q", "-F", "-m", "0", image.toString()));
        assumeTrue(made.isEmpty(), () -> "cannot make an ext4 file system here: " + made.get());
        var filesystem = new SmallFilesystem(image, root);
        var problem = filesystem.mountImage();
        assumeTrue(problem.isEmpty(), () -> "cannot loop-mount an ext4 image here: " + problem.get());
        return filesystem;
    }

    public Path root() {
        return root;
    }

    /** Writes a filler file until the file system has no room left. */
    public void fill() throws IOException {
        var block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    public void free() throws IOException {
        Files.delete(filler);
    }

    /**
     * Writes back what the kernel still holds in memory, as it does by itself within about 30 s. H2
     * does not force its file to the card on a commit: what a card error or a power cut catches in
     * memory is lost, whatever the store does.
     */
    public void writeBack() throws IOException, InterruptedException {
        run(List.of("sync", "-f", root.toString())).ifPresent(problem -> {
            throw new IllegalStateException("cannot write back " + root + ": " + problem);
        });
    }

    /** Turns the file system read-only as the kernel does after a card error ({@code errors=remount-ro}). */
    public void failReadOnly() throws IOException, InterruptedException {
        var device = Path.of(single(List.of("findmnt", "-no", "SOURCE", root.toString())))
                .getFileName();
        Files.writeString(Path.of("/sys/fs/ext4", device.toString(), "trigger_fs_error"), "1");
    }

    /** Unmounts, checks and mounts the file system again, as an operator fixes a card that turned read-only. */
    public void repair() throws IOException, InterruptedException {
        unmount();
        run(List.of("e2fsck", "-fy", image.toString())); // exit code 1: errors were corrected, as expected
        mountImage().ifPresent(problem -> {
            throw new IllegalStateException("cannot mount the repaired file system: " + problem);
        });
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            unmount();
        }
        Files.deleteIfExists(image);
    }

    private Optional<String> mountImage() throws IOException, InterruptedException {
        var problem = run(List.of("mount", "-o", "loop,errors=remount-ro", image.toString(), root.toString()));
        mounted = problem.isEmpty();
        return problem;
    }

    private void unmount() throws IOException, InterruptedException {
        run(List.of("umount", root.toString())).ifPresent(problem -> {
            throw new IllegalStateException("cannot unmount " + root + " (a file still open on it?): " + problem);
        });
        mounted = false;
    }

    private static String single(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    /** Runs a command; empty when it succeeded, else its output. A missing command skips the test. */
    private static Optional<String> run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            Assumptions.abort(command.getFirst() + " is not installed: " + missing.getMessage());
            throw missing;
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.of(command.getFirst() + " did not finish within 60 s");
        }
        var exit = process.exitValue();
        var fine = exit == 0 || command.getFirst().equals("e2fsck") && exit <= 1;
        return fine ? Optional.empty() : Optional.of(command.getFirst() + " exit " + exit + ": " + output);
    }
}
