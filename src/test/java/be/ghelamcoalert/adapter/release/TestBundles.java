package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Keys, application folders and bundles for release tests, and the means to tamper with a bundle. */
public final class TestBundles {
    private TestBundles() {}

    public static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key as {@code dir/name}, as an operator installs it on a kiosk. */
    public static Path trust(KeyPair pair, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(
                dir.resolve(name),
                ReleaseKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    public static Path privateKeyFile(KeyPair pair, Path file) throws IOException {
        return Files.writeString(
                file, ReleaseKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    }

    /** A small application folder: a jar, two libraries and a file in a sub-folder. */
    public static Path application(Path dir, String version) throws IOException {
        Files.createDirectories(dir.resolve("lib/aot"));
        Files.writeString(dir.resolve("ghelamco-alert.jar"), "the application " + version);
        Files.writeString(dir.resolve("lib/h2.jar"), "h2 library");
        Files.writeString(dir.resolve("lib/jdbi3-core.jar"), "jdbi library");
        Files.write(dir.resolve("lib/aot/training.conf"), new byte[200_000]);
        return dir;
    }

    public static Path bundle(
            KeyPair pair, Path appDir, String version, String minimumSchema, List<String> architectures, Path bundle)
            throws IOException {
        new ReleasePacker(pair.getPrivate())
                .pack(appDir, ReleaseVersion.of(version), minimumSchema, architectures, bundle);
        return bundle;
    }

    /** The entries of a bundle, in order, with their bytes. */
    public static Map<String, byte[]> entries(Path bundle) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes {@code entries} as a zip in their order (the same name may come twice through {@code extra}). */
    public static Path write(Path bundle, Map<String, byte[]> entries, Map<String, byte[]> extra) {
        try (var zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            for (var map : List.of(entries, extra)) {
                for (var entry : map.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }
}
