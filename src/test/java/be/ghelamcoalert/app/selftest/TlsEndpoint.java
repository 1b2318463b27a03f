package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS server on 127.0.0.1 that wants a client certificate of the test CA, as AWS IoT's MQTT port
 * does: an accepted client's connection stays open (waiting for MQTT), a refused one is closed.
 */
final class TlsEndpoint implements AutoCloseable {
    private final SSLServerSocket server;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();

    TlsEndpoint(TestCertificates pki) throws IOException, GeneralSecurityException {
        var password = new char[0];
        var keys = KeyStore.getInstance("PKCS12");
        keys.load(null, password);
        keys.setKeyEntry(
                "server",
                PemCredentials.privateKey(pki.serverKey()),
                password,
                PemCredentials.certificates(pki.serverCertificate()).toArray(Certificate[]::new));
        var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        var trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, password);
        trusted.setCertificateEntry(
                "ca", PemCredentials.certificates(pki.caCertificate()).getFirst());
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        server = (SSLServerSocket)
                context.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        connections.submit(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                var client = (SSLSocket) server.accept();
                connections.submit(() -> holdOpen(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void holdOpen(SSLSocket client) {
        try (client) {
            client.startHandshake();
            client.getInputStream().read(); // until the client goes
        } catch (IOException refusedOrGone) {
            // a refused certificate ends here: the socket closes
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
