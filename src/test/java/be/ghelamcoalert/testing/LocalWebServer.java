package be.ghelamcoalert.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 serving the pages a test writes; pages can change, fail or be slow. */
public final class LocalWebServer implements AutoCloseable {
    public record Response(int status, String contentType, String body, Duration delay) {}

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK: back-to-back requests on one connection stall for about 40 ms each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Map<String, Response> pages = new ConcurrentHashMap<>();
    private final Map<String, Deque<Response>> once = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();

    public LocalWebServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            var queued = once.get(path);
            var response = queued != null && !queued.isEmpty() ? queued.poll() : pages.get(path);
            if (response == null) {
                response = new Response(
                        404, "text/html", "<html><head><title>404 Not Found</title></head></html>", Duration.ZERO);
            }
            try {
                if (response.delay().isPositive()) {
                    Thread.sleep(response.delay());
                }
                var bytes = response.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", response.contentType() + "; charset=utf-8");
                exchange.sendResponseHeaders(response.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to do
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalWebServer html(String path, String body) {
        pages.put(path, new Response(200, "text/html", body, Duration.ZERO));
        return this;
    }

    public LocalWebServer serve(String path, int status, String contentType, String body, Duration delay) {
        pages.put(path, new Response(status, contentType, body, delay));
        return this;
    }

    /** The next {@code times} requests of {@code path} get this status, then the page as usual. */
    public LocalWebServer failNext(String path, int times, int status) {
        var queue = once.computeIfAbsent(path, p -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Response(
                    status,
                    "text/html",
                    "<html><head><title>Error " + status + "</title></head></html>",
                    Duration.ZERO));
        }
        return this;
    }

    public int hits(String path) {
        var count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public String userAgent(String path) {
        return userAgents.get(path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
