package be.ghelamcoalert.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A server on 127.0.0.1 (plain HTTP, or HTTPS with a self-signed certificate) that behaves as a
 * fetch must survive: a body of any size generated while it is sent (the test holds none of it),
 * a body trickled byte by byte, redirects. It counts requests and the body bytes it sent.
 */
public final class MisbehavingWebServer implements AutoCloseable {
    private static final String STORE_PASSWORD = "test-only";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicLong bytesSent = new AtomicLong();
    private final String scheme;
    private final KeyStore keyStore;

    private MisbehavingWebServer(HttpServer server, String scheme, KeyStore keyStore) {
        this.server = server;
        this.scheme = scheme;
        this.keyStore = keyStore;
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                handlers.getOrDefault(path, e -> e.sendResponseHeaders(404, -1)).handle(exchange);
            } catch (IOException e) {
                // the client cut the connection: what these tests want
            }
        });
        server.start();
    }

    public static MisbehavingWebServer http() {
        try {
            return new MisbehavingWebServer(HttpServer.create(loopback(), 0), "http", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTPS server whose self-signed certificate for 127.0.0.1 is made in {@code dir} with keytool. */
    public static MisbehavingWebServer https(Path dir) {
        try {
            var keyStore = selfSigned(dir);
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, STORE_PASSWORD.toCharArray());
            var tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            var server = HttpsServer.create(loopback(), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new MisbehavingWebServer(server, "https", keyStore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client's TLS context trusting this server's certificate (and nothing else). */
    public SSLContext trustingContext() {
        try {
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore);
            var tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore selfSigned(Path dir) throws IOException, GeneralSecurityException {
        var file = dir.resolve("server.p12");
        var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var process = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1,dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        STORE_PASSWORD)
                .redirectErrorStream(true)
                .start();
        try {
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return store;
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    public String url(String path) {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public MisbehavingWebServer html(String path, String body) {
        handlers.put(path, exchange -> {
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            bytesSent.addAndGet(bytes.length);
        });
        return this;
    }

    /**
     * A text body of {@code size} bytes, made in 64 KB pieces while it is sent; with
     * {@code declared} its Content-Length is sent first, otherwise it comes chunked.
     */
    public MisbehavingWebServer huge(String path, long size, boolean declared) {
        handlers.put(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, declared ? size : 0);
            var piece = new byte[64 * 1024];
            Arrays.fill(piece, (byte) 'x');
            for (long left = size; left > 0; left -= piece.length) {
                int n = (int) Math.min(piece.length, left);
                exchange.getResponseBody().write(piece, 0, n);
                bytesSent.addAndGet(n);
            }
        });
        return this;
    }

    /** A page of {@code length} bytes (declared), one byte every {@code interval}. */
    public MisbehavingWebServer trickle(String path, int length, Duration interval) {
        handlers.put(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, length);
            var out = exchange.getResponseBody();
            for (int i = 0; i < length; i++) {
                out.write('x');
                out.flush();
                bytesSent.incrementAndGet();
                pause(interval);
            }
        });
        return this;
    }

    /** Answers 302 to {@code location} (absolute or relative). */
    public MisbehavingWebServer redirect(String path, String location) {
        handlers.put(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
        return this;
    }

    private static void pause(Duration interval) throws IOException {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped", e);
        }
    }

    public int hits(String path) {
        var count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** Body bytes written so far, over every request. */
    public long bytesSent() {
        return bytesSent.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
