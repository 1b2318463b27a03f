package be.ghelamcoalert.adapter.iot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PKI made with openssl for the tests: a CA, the broker's certificate for localhost,
 * client certificates signed by that CA, and a second, foreign CA with a client of its own.
 */
public final class TestCertificates {
    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A CA, a foreign CA and the broker's certificate in {@code dir} (created if missing). */
    public static TestCertificates create(Path dir) {
        createDirectories(dir);
        var pki = new TestCertificates(dir);
        pki.authority("ca");
        pki.authority("foreign-ca");
        pki.signed("server", "ca", "localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        return pki;
    }

    /** A client certificate with the given common name, signed by our CA ({@code "ca"}) or the foreign one. */
    public Client client(String commonName, String authority) {
        var name = authority + "-" + commonName;
        if (!Files.exists(dir.resolve(name + ".pem"))) {
            signed(name, authority, commonName, "extendedKeyUsage=clientAuth");
        }
        return new Client(dir.resolve(name + ".pem"), dir.resolve(name + ".key"));
    }

    public record Client(Path certificate, Path privateKey) {}

    public Path caCertificate() {
        return dir.resolve("ca.pem");
    }

    public Path serverCertificate() {
        return dir.resolve("server.pem");
    }

    public Path serverKey() {
        return dir.resolve("server.key");
    }

    private void authority(String name) {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=Test " + name, "-keyout", name + ".key", "-out", name + ".pem",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private void signed(String name, String authority, String commonName, String extension) {
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=" + commonName,
                "-keyout", name + ".key", "-out", name + ".csr");
        var ext = dir.resolve(name + ".ext");
        try {
            Files.writeString(ext, extension + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        openssl("x509", "-req", "-in", name + ".csr", "-CA", authority + ".pem", "-CAkey", authority + ".key",
                "-CAcreateserial", "-days", "2", "-sha256", "-extfile", ext.toString(), "-out", name + ".pem");
        try {
            Files.setPosixFilePermissions(dir.resolve(name + ".key"), PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openssl(String... args) {
        var command = new ArrayList<String>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("openssl is needed for the IoT tests: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void createDirectories(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
