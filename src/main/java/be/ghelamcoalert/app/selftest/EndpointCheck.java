package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.config.IotSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The AWS IoT endpoint, as far as it can be reached without disturbing the kiosk's own connection:
 * its name resolves, and a TLS handshake with the device's certificate and key succeeds against
 * the configured CA, each within a short time. No MQTT session is opened (the kiosk's would be
 * taken over: AWS IoT allows one per client id).
 */
final class EndpointCheck {
    /** How long a server has to refuse the certificate once the handshake is done. */
    private static final Duration REFUSAL_WINDOW = Duration.ofMillis(700);

    private EndpointCheck() {}

    static List<CheckResult> run(Optional<IotSettings> iot, Duration timeout) {
        if (iot.isEmpty()) {
            return List.of(CheckResult.notConfigured("cloud endpoint", "offline: no iot section"));
        }
        var settings = iot.get();
        var dns = resolve(settings.endpoint(), timeout);
        if (dns.failed()) {
            return List.of(dns);
        }
        return List.of(dns, handshake(settings, timeout));
    }

    private static CheckResult resolve(String host, Duration timeout) {
        var check = "cloud DNS";
        try (var lookup = Executors.newVirtualThreadPerTaskExecutor()) {
            var addresses =
                    lookup.submit(() -> InetAddress.getAllByName(host)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return CheckResult.ok(
                    check,
                    host + " is "
                            + Arrays.stream(addresses)
                                    .map(InetAddress::getHostAddress)
                                    .toList());
        } catch (TimeoutException e) {
            return CheckResult.fail(check, host + " did not resolve within " + timeout + " (DNS, network?)");
        } catch (ExecutionException e) {
            var cause = e.getCause() instanceof UnknownHostException ? "unknown host" : String.valueOf(e.getCause());
            return CheckResult.fail(check, host + " does not resolve: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(check, "interrupted while resolving " + host);
        }
    }

    private static CheckResult handshake(IotSettings settings, Duration timeout) {
        var check = "cloud TLS";
        var where = settings.endpoint() + ":" + settings.port();
        SSLContext tls;
        try {
            tls = context(settings);
        } catch (IOException | GeneralSecurityException e) {
            return CheckResult.fail(check, "cannot use the certificate files for " + where + ": " + e.getMessage());
        }
        try (var socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(settings.endpoint(), settings.port()), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.startHandshake();
            var session = socket.getSession();
            var server = (X509Certificate) session.getPeerCertificates()[0];
            if (refusedAfterHandshake(socket)) {
                return CheckResult.fail(
                        check, where + " refused the device certificate (is it registered and active?)");
            }
            return CheckResult.ok(
                    check,
                    where + ": " + session.getProtocol() + " with the device certificate, server "
                            + server.getSubjectX500Principal().getName());
        } catch (IOException e) {
            return CheckResult.fail(check, where + ": no TLS handshake within " + timeout + ": " + e.getMessage());
        }
    }

    /**
     * In TLS 1.3 the server judges the client's certificate after the client's side of the
     * handshake is done: a refusal arrives as an alert or a closed connection on the first read.
     * A broker that accepted waits for MQTT's CONNECT, so the read times out instead.
     */
    private static boolean refusedAfterHandshake(SSLSocket socket) throws IOException {
        socket.setSoTimeout((int) REFUSAL_WINDOW.toMillis());
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException accepted) {
            return false;
        } catch (SSLException | SocketException refused) {
            return true;
        }
    }

    private static SSLContext context(IotSettings settings) throws IOException, GeneralSecurityException {
        var chain = PemCredentials.certificates(Path.of(settings.certificate()));
        var key = PemCredentials.privateKey(Path.of(settings.privateKey()));
        var password = new char[0];
        var keys = KeyStore.getInstance("PKCS12");
        keys.load(null, password);
        keys.setKeyEntry("device", key, password, chain.toArray(Certificate[]::new));
        var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (settings.caCertificate().isPresent()) {
            var trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, password);
            int n = 0;
            for (var ca :
                    PemCredentials.certificates(Path.of(settings.caCertificate().get()))) {
                trusted.setCertificateEntry("ca-" + n++, ca);
            }
            trustManagers.init(trusted);
        } else {
            trustManagers.init((KeyStore) null);
        }
        var context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
