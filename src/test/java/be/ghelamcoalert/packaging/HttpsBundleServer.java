package be.ghelamcoalert.packaging;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The bucket the kiosk downloads bundles from, as S3 over https, on 127.0.0.1 with the test PKI's
 * server certificate (the kiosk trusts the test CA through the trust store {@link #trustStore}
 * writes). A bundle can be served whole, or stalled half-way until the server closes: a download
 * the kiosk is provably in the middle of.
 */
final class HttpsBundleServer implements AutoCloseable {
    static final String TRUST_STORE_PASSWORD = "changeit";

    private final HttpsServer server;
    private final Map<String, byte[]> bundles = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> stalled = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    HttpsBundleServer(TestCertificates pki) throws IOException, GeneralSecurityException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(pki)));
        server.setExecutor(
                Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory()));
        server.createContext("/", exchange -> {
            var name = exchange.getRequestURI().getPath().substring(1);
            try (exchange) {
                var body = bundles.get(name);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                var out = exchange.getResponseBody();
                var stall = stalled.get(name);
                if (stall == null) {
                    out.write(body);
                    return;
                }
                writeHalfAndHold(out, body, stall);
            } catch (IOException e) {
                // the kiosk went away (killed in the middle): nothing to answer
            }
        });
        server.start();
    }

    private void writeHalfAndHold(OutputStream out, byte[] body, CountDownLatch stall) throws IOException {
        out.write(Arrays.copyOf(body, body.length / 2));
        out.flush();
        stall.countDown();
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Serves {@code bundle} at {@code /name} (whole unless {@link #stallHalfWay}); returns its https URL. */
    URI serve(String name, Path bundle) throws IOException {
        bundles.put(name, Files.readAllBytes(bundle));
        return URI.create("https://localhost:" + server.getAddress().getPort() + "/" + name);
    }

    /** From now on, sends half of {@code /name} and then nothing more; the latch opens when half is sent. */
    CountDownLatch stallHalfWay(String name) {
        var latch = new CountDownLatch(1);
        stalled.put(name, latch);
        return latch;
    }

    /** Serves {@code /name} whole again to the requests that come from now on (a stalled one stays stalled). */
    void stopStalling(String name) {
        stalled.remove(name);
    }

    /** A PKCS#12 trust store with the test CA, for the kiosk's {@code -Djavax.net.ssl.trustStore}. */
    static Path trustStore(TestCertificates pki, Path file) throws IOException, GeneralSecurityException {
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("test-ca", certificate(pki.caCertificate()));
        try (var out = Files.newOutputStream(file)) {
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        }
        return file;
    }

    private static SSLContext serverContext(TestCertificates pki) throws IOException, GeneralSecurityException {
        var key = KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(pemBody(pki.serverKey(), "PRIVATE KEY")));
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        var password = TRUST_STORE_PASSWORD.toCharArray();
        store.setKeyEntry("server", key, password, new Certificate[] {
            certificate(pki.serverCertificate()), certificate(pki.caCertificate())
        });
        var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        var context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static Certificate certificate(Path pem) throws IOException, GeneralSecurityException {
        return CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pemBody(pem, "CERTIFICATE")));
    }

    private static byte[] pemBody(Path pem, String type) throws IOException {
        var text = Files.readString(pem);
        var begin = "-----BEGIN " + type + "-----";
        var start = text.indexOf(begin);
        var end = text.indexOf("-----END " + type + "-----");
        if (start < 0 || end < 0) {
            throw new IOException(pem + " holds no " + type);
        }
        return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
