package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.config.IotSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the device's certificate, private key and CA before the MQTT client sees them: the AWS
 * CRT only says "file validation failure", the kiosk names the file, the setting and the problem
 * ("The device certificate /etc/ghelamco-alert/certs/device.pem.crt does not exist (iot.certificate)").
 */
final class CredentialFiles {
    private static final Pattern PEM_KEY =
            Pattern.compile("-----BEGIN ([A-Z ]*PRIVATE KEY)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private CredentialFiles() {}

    /** @throws IotSetupException naming the first file that cannot work, and why */
    static void check(IotSettings settings) {
        var key = Path.of(settings.privateKey());
        PrivateKeyCheck.requirePrivate(key); // first: a key others can read is a leak, whatever else is wrong
        requireCertificate(Path.of(settings.certificate()), "device certificate", "iot.certificate");
        settings.caCertificate()
                .ifPresent(ca -> requireCertificate(Path.of(ca), "CA certificate", "iot.caCertificate"));
        requirePemKey(key);
    }

    private static void requireCertificate(Path file, String what, String setting) {
        var name = "The " + what + " " + file.toAbsolutePath();
        requireReadable(file, name, setting);
        try (InputStream in = Files.newInputStream(file)) {
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                throw new IotSetupException(name + " holds no certificate (" + setting + ")");
            }
        } catch (CertificateException e) {
            throw new IotSetupException(name + " is not a PEM certificate (" + setting + "): " + e.getMessage());
        } catch (IOException e) {
            throw new IotSetupException(name + " cannot be read (" + setting + "): " + e.getMessage());
        }
    }

    private static void requirePemKey(Path file) {
        var name = "The private key " + file.toAbsolutePath();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IotSetupException(name + " cannot be read (iot.privateKey): " + e.getMessage());
        }
        var der = Optional.of(PEM_KEY.matcher(text))
                .filter(m -> m.find())
                .map(m -> m.group(2).replaceAll("\\s", ""));
        if (der.isEmpty()) {
            throw new IotSetupException(name + " is not a PEM private key (iot.privateKey)");
        }
        try {
            var bytes = Base64.getDecoder().decode(der.get());
            if (bytes.length < 16 || bytes[0] != 0x30) { // a DER SEQUENCE, as every PKCS#1, PKCS#8 and SEC1 key is
                throw new IllegalArgumentException("not DER");
            }
        } catch (IllegalArgumentException e) {
            throw new IotSetupException(name + " is damaged: its PEM body is not a key (iot.privateKey)");
        }
    }

    private static void requireReadable(Path file, String name, String setting) {
        if (!Files.isRegularFile(file)) {
            throw new IotSetupException(name + " does not exist (" + setting + ")");
        }
        if (!Files.isReadable(file)) {
            throw new IotSetupException(name + " cannot be read by the kiosk's user (" + setting + ")");
        }
    }
}
