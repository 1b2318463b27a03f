package be.ghelamcoalert.adapter.iot.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Mosquitto (the Debian {@code mosquitto} binary) on a free 127.0.0.1 port with a TLS
 * listener that requires a client certificate from the test CA. It keeps its sessions on disk, so
 * a persistent subscriber misses nothing across {@link #restart()}.
 */
public final class TlsBroker implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process process;

    private TlsBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static TlsBroker start(Path dir, TestCertificates pki) {
        TestCertificates.createDirectories(dir);
        var broker = new TlsBroker(dir, freePort());
        var config = """
                per_listener_settings false
                set_tcp_nodelay true
                user %s
                persistence true
                persistence_location %s/
                log_dest file %s/mosquitto.log
                log_type error
                log_type warning
                log_type notice
                log_type information
                listener %d 127.0.0.1
                cafile %s
                certfile %s
                keyfile %s
                require_certificate true
                use_identity_as_username true
                allow_anonymous false
                """.formatted(
                        System.getProperty("user.name"),
                        dir,
                        dir,
                        broker.port,
                        pki.caCertificate(),
                        pki.serverCertificate(),
                        pki.serverKey());
        try {
            Files.writeString(dir.resolve("mosquitto.conf"), config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        broker.launch();
        return broker;
    }

    public int port() {
        return port;
    }

    public String log() {
        try {
            var out = dir.resolve("mosquitto.out");
            return Files.readString(dir.resolve("mosquitto.log")) + (Files.exists(out) ? Files.readString(out) : "");
        } catch (IOException e) {
            return "";
        }
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                // A broker stopped while it is still starting can miss its SIGTERM: a stop never waits forever.
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void restart() {
        stop();
        launch();
    }

    private void launch() {
        try {
            process = new ProcessBuilder(
                            "mosquitto", "-c", dir.resolve("mosquitto.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("mosquitto.out").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "mosquitto is needed for the IoT tests (apt-get install mosquitto): " + e.getMessage(), e);
        }
        try {
            org.awaitility.Awaitility.await("mosquitto listening on " + port)
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("mosquitto exited: " + log());
                        }
                        return listening();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException("mosquitto did not open port " + port + ": " + log(), e);
        }
    }

    private boolean listening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
