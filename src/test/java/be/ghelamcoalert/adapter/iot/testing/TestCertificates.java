package be.ghelamcoalert.adapter.iot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away PKI made with openssl for the tests: a CA, the server certificate for localhost
 * (the broker's, and the bundle server's), client certificates signed by that CA, and a second,
 * foreign CA with a client of its own.
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

    /** A server's TLS context presenting the certificate for localhost and 127.0.0.1, as the broker does. */
    public SSLContext serverContext() {
        try {
            var none = new char[0];
            var keys = KeyStore.getInstance("PKCS12");
            keys.load(null, none);
            var key = KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(pemBody(serverKey(), "PRIVATE KEY")));
            keys.setKeyEntry("server", key, none, new Certificate[] {certificate(serverCertificate())});
            var managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, none);
            var tls = SSLContext.getInstance("TLS");
            tls.init(managers.getKeyManagers(), null, null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the test server's TLS context: " + e.getMessage(), e);
        }
    }

    /** A client's TLS context that trusts our CA and nothing else (not the JDK's authorities). */
    public SSLContext trustingContext() {
        try {
            var trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, new char[0]);
            trusted.setCertificateEntry("ca", certificate(caCertificate()));
            var managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            managers.init(trusted);
            var tls = SSLContext.getInstance("TLS");
            tls.init(null, managers.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context trusting the test CA: " + e.getMessage(), e);
        }
    }

    private static Certificate certificate(Path pem) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static byte[] pemBody(Path pem, String type) throws IOException {
        var text = Files.readString(pem);
        var begin = "-----BEGIN " + type + "-----";
        var end = "-----END " + type + "-----";
        return Base64.getMimeDecoder().decode(text.substring(text.indexOf(begin) + begin.length(), text.indexOf(end)));
    }

    private void authority(String name) {
        openssl(
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Test " + name,
                "-keyout",
                name + ".key",
                "-out",
                name + ".pem",
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign");
    }

    private void signed(String name, String authority, String commonName, String extension) {
        openssl(
                "req",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-subj",
                "/CN=" + commonName,
                "-keyout",
                name + ".key",
                "-out",
                name + ".csr");
        var ext = dir.resolve(name + ".ext");
        try {
            Files.writeString(ext, extension + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        openssl(
                "x509",
                "-req",
                "-in",
                name + ".csr",
                "-CA",
                authority + ".pem",
                "-CAkey",
                authority + ".key",
                "-CAcreateserial",
                "-days",
                "2",
                "-sha256",
                "-extfile",
                ext.toString(),
                "-out",
                name + ".pem");
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
            var process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
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
