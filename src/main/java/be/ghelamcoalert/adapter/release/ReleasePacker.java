package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a release bundle (a zip) of an application folder (the jar, {@code lib/}, the AOT
 * inputs): {@code manifest.json} with the SHA-256 of every file, {@code manifest.sig} (the
 * Ed25519 signature of the manifest's bytes, Base64), then the files under {@code app/}.
 */
public final class ReleasePacker {
    private final PrivateKey key;

    public ReleasePacker(PrivateKey key) {
        this.key = key;
    }

    /**
     * Packs {@code appDir} into {@code bundle}, written to a temporary file beside it and moved
     * into place when complete; returns the manifest it signed.
     */
    public ReleaseManifest pack(
            Path appDir, ReleaseVersion version, String minimumSchema, List<String> architectures, Path bundle)
            throws IOException {
        var files = new TreeMap<String, Path>();
        try (var walk = Files.walk(appDir)) {
            for (var file : walk.filter(f -> !f.equals(appDir)).toList()) {
                if (Files.isSymbolicLink(file)) {
                    throw new ReleaseException(file + " is a symbolic link; a bundle holds plain files only");
                }
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    var path = appDir.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), "/");
                    BundlePaths.requireSafe(path);
                    files.put(path, file);
                }
            }
        }
        var hashes = new TreeMap<String, String>();
        for (var file : files.entrySet()) {
            hashes.put(file.getKey(), Sha256.of(file.getValue()));
        }
        var manifest = ReleaseManifest.of(version, minimumSchema, architectures, hashes);
        var json = manifest.toJson();
        var partial = bundle.resolveSibling(bundle.getFileName() + ".partial");
        try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            put(zip, BundlePaths.MANIFEST, json);
            put(zip, BundlePaths.SIGNATURE, Base64.getEncoder().encode(sign(json)));
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(BundlePaths.APP + file.getKey()));
                Files.copy(file.getValue(), zip);
                zip.closeEntry();
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, bundle, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    private byte[] sign(byte[] manifest) {
        try {
            var signature = Signature.getInstance(ReleaseKeys.ALGORITHM);
            signature.initSign(key);
            signature.update(manifest);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new ReleaseException("cannot sign the manifest with this key: " + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
