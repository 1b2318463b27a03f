package be.ghelamcoalert.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for the AWS IoT REST endpoints (control plane and shadows) on 127.0.0.1: it
 * records every request the real SDK clients send (method, path, query, headers, body) and answers
 * each {@code METHOD path} with the JSON a test gave, in turn, the last one again and again. Anything
 * else is answered 404 ResourceNotFoundException, as AWS does.
 */
public final class AwsStandIn implements AutoCloseable {
    /** One request as it arrived. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(h -> String.join(",", h.getValue()));
        }
    }

    private record Answer(int status, String json) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();

    public AwsStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            var uri = exchange.getRequestURI();
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var key = exchange.getRequestMethod() + " " + uri.getRawPath();
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    uri.getRawPath(),
                    Optional.ofNullable(uri.getRawQuery()).orElse(""),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            var answer = next(key);
            if (answer.status() == 404) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "ResourceNotFoundException");
            }
            var bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    private Answer next(String key) {
        var queue = answers.get(key);
        if (queue == null) {
            queue = answers.entrySet().stream()
                    .filter(a -> a.getKey().endsWith("*")
                            && key.startsWith(a.getKey().substring(0, a.getKey().length() - 1)))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
        if (queue == null || queue.isEmpty()) {
            return new Answer(404, "{\"message\":\"no " + key + " here\"}");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    /**
     * {@code METHOD path} is answered with {@code json} (after the answers given before it); a path
     * ending in {@code *} answers every path that starts with what comes before it.
     */
    public AwsStandIn answer(String method, String path, String json) {
        return answer(method, path, 200, json);
    }

    public AwsStandIn answer(String method, String path, int status, String json) {
        answers.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(new Answer(status, json));
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests for {@code METHOD path}. */
    public List<Request> requests(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
