package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTPS server on 127.0.0.1 serving one bundle at /bundle.zip, which can fail in the ways
 * downloads fail. Its certificate is the test CA's server certificate ({@link TestCertificates}, the
 * broker's too); {@link #client()} is the kiosk's download client trusting that CA, and only for
 * itself: the JVM's trust store is left alone.
 */
final class BundleServer implements AutoCloseable {
    enum Failure {
        TRUNCATED,
        SERVER_ERROR,
        FORBIDDEN,
        UNANNOUNCED_LENGTH
    }

    private final TestCertificates pki;
    private final HttpsServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final Deque<Failure> next = new ArrayDeque<>();
    private volatile byte[] bundle = new byte[0];
    private volatile Failure always;

    BundleServer(TestCertificates pki) {
        this.pki = pki;
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/bundle.zip", exchange -> {
            hits.incrementAndGet();
            Failure failure;
            synchronized (next) {
                failure = next.isEmpty() ? always : next.poll();
            }
            try (exchange) {
                var body = bundle;
                if (failure == null) {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    return;
                }
                switch (failure) {
                    case SERVER_ERROR -> exchange.sendResponseHeaders(503, -1);
                    case FORBIDDEN -> exchange.sendResponseHeaders(403, -1);
                    case TRUNCATED -> {
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(Arrays.copyOf(body, body.length / 2));
                        exchange.getResponseBody().flush();
                    }
                    case UNANNOUNCED_LENGTH -> {
                        exchange.sendResponseHeaders(200, 0);
                        exchange.getResponseBody().write(body);
                    }
                }
            } catch (IOException e) {
                // the client stopped reading (a size limit): nothing to do
            }
        });
        server.start();
    }

    BundleServer serve(byte[] bundle) {
        this.bundle = bundle.clone();
        return this;
    }

    BundleServer failNext(Failure failure, int times) {
        synchronized (next) {
            for (int i = 0; i < times; i++) {
                next.add(failure);
            }
        }
        return this;
    }

    BundleServer failAlways(Failure failure) {
        this.always = failure;
        return this;
    }

    URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/bundle.zip");
    }

    /** The kiosk's download client ({@link ReleaseUpdater#httpClient(javax.net.ssl.SSLContext)}) trusting the test CA. */
    HttpClient client() {
        return ReleaseUpdater.httpClient(pki.trustingContext());
    }

    int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
