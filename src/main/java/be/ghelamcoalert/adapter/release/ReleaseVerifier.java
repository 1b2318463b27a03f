package be.ghelamcoalert.adapter.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks a release bundle offline, in one pass over the zip as it is stored: the manifest comes
 * first and must be signed by one of the trusted keys before anything else is read; then every
 * file must be listed in it with its hash, and every listed file must be there. Optionally
 * it unpacks the files as it checks them; a caller removes that folder when the check fails.
 */
public final class ReleaseVerifier {
    /** More than any manifest of this application needs; a larger one is refused before it is parsed. */
    public static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private static final int MAX_SIGNATURE_BYTES = 1024;
    /** What a bundle may unpack to at most (the application is about 100 MB). */
    public static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;

    private final List<ReleaseKeys.TrustedKey> trusted;
    private final long maxUnpackedBytes;

    public ReleaseVerifier(List<ReleaseKeys.TrustedKey> trusted) {
        this(trusted, MAX_UNPACKED_BYTES);
    }

    public ReleaseVerifier(List<ReleaseKeys.TrustedKey> trusted, long maxUnpackedBytes) {
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("a release verifier needs at least one trusted key");
        }
        this.trusted = List.copyOf(trusted);
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** Checks {@code bundle}; throws a {@link ReleaseException} saying what is wrong. */
    public VerifiedRelease verify(Path bundle) {
        return read(bundle, Optional.empty());
    }

    /** Checks {@code bundle} and writes its application files into {@code folder}, which must not exist yet. */
    public VerifiedRelease verifyAndUnpack(Path bundle, Path folder) {
        return read(bundle, Optional.of(folder));
    }

    private VerifiedRelease read(Path bundle, Optional<Path> folder) {
        try (var zip = new ZipInputStream(Files.newInputStream(bundle))) {
            var manifestBytes = entry(zip, BundlePaths.MANIFEST, MAX_MANIFEST_BYTES);
            var signature = entry(zip, BundlePaths.SIGNATURE, MAX_SIGNATURE_BYTES);
            var signedBy = signer(manifestBytes, signature);
            var manifest = ReleaseManifest.parse(manifestBytes);
            if (folder.isPresent()) {
                Files.createDirectories(folder.get().getParent());
                Files.createDirectory(folder.get());
            }
            var seen = new HashSet<String>();
            long unpacked = 0;
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                var name = entry.getName();
                if (!name.startsWith(BundlePaths.APP)) {
                    throw new ReleaseException("bundle entry '" + name + "' is outside " + BundlePaths.APP);
                }
                var path = name.substring(BundlePaths.APP.length());
                BundlePaths.requireSafe(path);
                var expected = manifest.files().get(path);
                if (expected == null) {
                    throw new ReleaseException("bundle file " + path + " is not in the signed manifest");
                }
                seen.add(path);
                var digest = Sha256.digest();
                unpacked += copy(zip, digest, folder.map(f -> f.resolve(path)), maxUnpackedBytes - unpacked, path);
                var actual = Sha256.hex(digest);
                if (!actual.equals(expected)) {
                    throw new ReleaseException(
                            "bundle file " + path + " has SHA-256 " + actual + ", the manifest says " + expected);
                }
            }
            var missing = new TreeSet<>(manifest.files().keySet());
            missing.removeAll(seen);
            if (!missing.isEmpty()) {
                throw new ReleaseException("bundle lacks files of its manifest: " + missing);
            }
            return new VerifiedRelease(manifest, signedBy);
        } catch (ZipException e) {
            throw new ReleaseException(bundle + " is not a complete zip bundle: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReleaseException("cannot read bundle " + bundle + ": " + e.getMessage(), e);
        }
    }

    private static byte[] entry(ZipInputStream zip, String expectedName, int maxBytes) throws IOException {
        var entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals(expectedName)) {
            throw new ReleaseException("bundle must hold " + expectedName + " as its "
                    + (BundlePaths.MANIFEST.equals(expectedName) ? "first" : "second") + " entry, found "
                    + (entry == null ? "nothing" : "'" + entry.getName() + "'"));
        }
        var bytes = zip.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ReleaseException(expectedName + " is larger than " + maxBytes + " bytes");
        }
        return bytes;
    }

    private String signer(byte[] manifest, byte[] signatureText) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureText);
        } catch (IllegalArgumentException e) {
            throw new ReleaseException(BundlePaths.SIGNATURE + " is not Base64: " + e.getMessage(), e);
        }
        for (var key : trusted) {
            try {
                var check = Signature.getInstance(ReleaseKeys.ALGORITHM);
                check.initVerify(key.key());
                check.update(manifest);
                if (check.verify(signature)) {
                    return key.name();
                }
            } catch (GeneralSecurityException e) {
                // A malformed signature does not verify under any key: try the next, then refuse.
            }
        }
        throw new ReleaseException("the manifest's signature is not valid for any trusted key "
                + trusted.stream().map(ReleaseKeys.TrustedKey::name).toList());
    }

    private static long copy(InputStream in, MessageDigest digest, Optional<Path> target, long allowed, String path)
            throws IOException {
        try (OutputStream out = target.isPresent() ? newFile(target.get()) : OutputStream.nullOutputStream()) {
            var buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > allowed) {
                    throw new ReleaseException(
                            "bundle unpacks to more than the limit of bytes (stopped in " + path + ")");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            return total;
        }
    }

    private static OutputStream newFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(
                file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
    }
}
