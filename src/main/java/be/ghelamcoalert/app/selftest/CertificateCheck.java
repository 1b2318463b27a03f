package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.adapter.iot.IotSetupException;
import be.ghelamcoalert.adapter.iot.PrivateKeyCheck;
import be.ghelamcoalert.config.IotSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cloud's certificate files: readable by this user, the private key closed to group and others
 * (600) and the private half of the device certificate, and both certificates valid today and for
 * a while yet.
 */
final class CertificateCheck {
    /** A certificate that ends sooner than this is a warning: time to make a new one. */
    static final Duration RENEW_WITHIN = Duration.ofDays(30);

    private CertificateCheck() {}

    static List<CheckResult> run(Optional<IotSettings> iot, Clock clock) {
        if (iot.isEmpty()) {
            return List.of(
                    CheckResult.notConfigured("certificates", "offline: no iot section, no certificates needed"));
        }
        var settings = iot.get();
        var certificate = certificate("device certificate", Path.of(settings.certificate()), clock);
        var key = privateKey(Path.of(settings.privateKey()), certificate.certificate());
        var ca = settings.caCertificate()
                .map(file -> certificate("CA certificate", Path.of(file), clock).result())
                .orElse(CheckResult.ok("CA certificate", "not configured: the system's trust store"));
        return List.of(certificate.result(), key, ca);
    }

    private record Read(CheckResult result, Optional<X509Certificate> certificate) {}

    private static Read certificate(String check, Path file, Clock clock) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return new Read(
                    CheckResult.fail(
                            check, file + (Files.exists(file) ? " cannot be read by this user" : " does not exist")),
                    Optional.empty());
        }
        X509Certificate certificate;
        try {
            certificate = PemCredentials.certificates(file).getFirst();
        } catch (IOException | GeneralSecurityException e) {
            return new Read(
                    CheckResult.fail(check, file + " is not a PEM certificate: " + e.getMessage()), Optional.empty());
        }
        return new Read(validity(check, file, certificate, clock.instant()), Optional.of(certificate));
    }

    private static CheckResult validity(String check, Path file, X509Certificate certificate, Instant now) {
        var notAfter = certificate.getNotAfter().toInstant();
        var notBefore = certificate.getNotBefore().toInstant();
        var detail = file + ": " + certificate.getSubjectX500Principal().getName() + ", valid until " + notAfter;
        if (now.isAfter(notAfter)) {
            return CheckResult.fail(check, file + " EXPIRED on " + notAfter);
        }
        if (now.isBefore(notBefore)) {
            return CheckResult.fail(check, file + " is not valid before " + notBefore + " (is the clock right?)");
        }
        if (Duration.between(now, notAfter).compareTo(RENEW_WITHIN) < 0) {
            return CheckResult.warn(check, detail + ": renew it, it ends within " + RENEW_WITHIN.toDays() + " days");
        }
        return CheckResult.ok(check, detail);
    }

    private static CheckResult privateKey(Path file, Optional<X509Certificate> certificate) {
        var check = "private key";
        try {
            PrivateKeyCheck.requirePrivate(file);
        } catch (IotSetupException e) {
            return CheckResult.fail(check, e.getMessage());
        }
        if (!Files.isReadable(file)) {
            return CheckResult.fail(check, file + " cannot be read by this user (the service's user must own it)");
        }
        try {
            var key = PemCredentials.privateKey(file);
            if (certificate.isEmpty()) {
                return CheckResult.fail(
                        check,
                        file + ": a " + key.getAlgorithm() + " key, but there is no certificate to match it with");
            }
            return PemCredentials.matches(key, certificate.get())
                    ? CheckResult.ok(
                            check,
                            file + ": mode 600, a " + key.getAlgorithm() + " key that matches the device certificate")
                    : CheckResult.fail(check, file + " is NOT the key of the device certificate");
        } catch (IOException | GeneralSecurityException e) {
            return CheckResult.fail(check, file + ": " + e.getMessage());
        }
    }
}
