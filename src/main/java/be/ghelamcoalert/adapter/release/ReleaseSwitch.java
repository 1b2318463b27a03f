package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The releases side by side under a root ({@code /opt/ghelamco-alert} or the data directory):
 * {@code releases/<version>/} each, {@code current} a symbolic link to the one that runs and
 * {@code previous} to the one before, for a rollback. A release is unpacked beside the others
 * (into a {@code .partial} folder renamed when complete, so a power cut never leaves half a
 * release under its version), and the links are switched by renaming a new link over the old
 * one: atomic, so a start always finds one whole release.
 */
public final class ReleaseSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseSwitch.class);

    private final Path root;
    private final ReleaseVerifier verifier;

    public ReleaseSwitch(Path root, ReleaseVerifier verifier) {
        this.root = root;
        this.verifier = verifier;
    }

    public Path releases() {
        return root.resolve("releases");
    }

    public Path folder(ReleaseVersion version) {
        return releases().resolve(version.text());
    }

    /**
     * Verifies {@code bundle} again and unpacks it beside the running release; an unpacked
     * folder of the same version that does not run is replaced (a duplicate delivery, a power cut).
     */
    public VerifiedRelease unpack(Path bundle) throws IOException {
        var check = verifier.verify(bundle);
        var version = check.manifest().releaseVersion();
        var target = folder(version);
        if (running().equals(Optional.of(version))) {
            throw new ReleaseException("release " + version + " runs already; it is not unpacked over itself");
        }
        var partial = releases().resolve(version.text() + ".partial");
        deleteTree(partial);
        try {
            var verified = verifier.verifyAndUnpack(bundle, partial);
            deleteTree(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Release {} unpacked in {}", version, target);
            return verified;
        } finally {
            deleteTree(partial);
        }
    }

    /** The version {@code current} points at, if any. */
    public Optional<ReleaseVersion> running() {
        return target(root.resolve("current"));
    }

    /** The version {@code previous} points at, if any. */
    public Optional<ReleaseVersion> previous() {
        return target(root.resolve("previous"));
    }

    /** Points {@code current} at an unpacked release and {@code previous} at the one that ran. */
    public void switchTo(ReleaseVersion version) throws IOException {
        if (!Files.isDirectory(folder(version))) {
            throw new ReleaseException("release " + version + " is not unpacked in " + releases());
        }
        var was = running();
        if (was.isPresent() && !was.get().equals(version)) {
            link("previous", was.get());
        }
        link("current", version);
        LOG.info(
                "Switched to release {} (was {})",
                version,
                was.map(ReleaseVersion::text).orElse("none"));
    }

    /** Points {@code current} back at {@code previous}: the trial of the new release failed. */
    public ReleaseVersion rollBack() throws IOException {
        var back = previous().orElseThrow(() -> new ReleaseException("no previous release to roll back to"));
        link("current", back);
        LOG.warn("Rolled back to release {}", back);
        return back;
    }

    /** Removes the releases other than the current and the previous one; returns the folders' names. */
    public List<String> prune() throws IOException {
        var keep = List.of(running(), previous()).stream()
                .flatMap(Optional::stream)
                .toList();
        try (var folders = Files.list(releases())) {
            var removed = folders.filter(Files::isDirectory)
                    .filter(f -> keep.stream()
                            .noneMatch(v -> f.getFileName().toString().equals(v.text())))
                    .toList();
            for (var folder : removed) {
                deleteTree(folder);
            }
            return removed.stream()
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private void link(String name, ReleaseVersion version) throws IOException {
        var fresh = root.resolve(name + ".new");
        Files.deleteIfExists(fresh);
        Files.createSymbolicLink(fresh, root.relativize(folder(version)));
        Files.move(fresh, root.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<ReleaseVersion> target(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    ReleaseVersion.of(Files.readSymbolicLink(link).getFileName().toString()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ReleaseException("the link " + link + " does not point at a release: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
