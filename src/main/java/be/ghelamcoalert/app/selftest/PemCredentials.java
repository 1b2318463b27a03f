package be.ghelamcoalert.app.selftest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The device's PEM files read with the JDK alone: X.509 certificates, and a private key in PKCS#8
 * ({@code BEGIN PRIVATE KEY}, what openssl writes) or PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY},
 * what AWS IoT hands out).
 */
final class PemCredentials {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");
    /** The DER of AlgorithmIdentifier rsaEncryption (OID 1.2.840.113549.1.1.1, NULL parameters). */
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private PemCredentials() {}

    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException(file + " holds no certificate");
            }
            return certificates;
        }
    }

    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        var matcher = PEM.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        if (!matcher.find() || !matcher.group(1).endsWith("PRIVATE KEY")) {
            throw new GeneralSecurityException(file + " is not a PEM private key");
        }
        var der = Base64.getMimeDecoder().decode(matcher.group(2));
        return switch (matcher.group(1)) {
            case "PRIVATE KEY" -> pkcs8(der, file);
            case "RSA PRIVATE KEY" ->
                KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrapRsa(der)));
            default ->
                throw new GeneralSecurityException(file + " is a " + matcher.group(1)
                        + ", which the self-test cannot read: convert it with openssl pkcs8 -topk8 -nocrypt");
        };
    }

    /** Whether {@code key} is the private half of {@code certificate}'s public key: it signs, the certificate verifies. */
    static boolean matches(PrivateKey key, X509Certificate certificate) throws GeneralSecurityException {
        var algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default ->
                throw new GeneralSecurityException(
                        "a " + key.getAlgorithm() + " key cannot be checked against its certificate");
        };
        var challenge = "ghelamco-alert self-test".getBytes(StandardCharsets.US_ASCII);
        var signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(challenge);
        var signature = signer.sign();
        PublicKey publicKey = certificate.getPublicKey();
        if (!publicKey.getAlgorithm().equals(key.getAlgorithm())) {
            return false;
        }
        var verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(challenge);
        return verifier.verify(signature);
    }

    private static PrivateKey pkcs8(byte[] der, Path file) throws GeneralSecurityException {
        for (var algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // the next algorithm
            }
        }
        throw new GeneralSecurityException(file + " is neither an RSA, an EC nor an Ed25519 key");
    }

    /** PKCS#1 RSAPrivateKey inside PKCS#8: SEQUENCE { INTEGER 0, rsaEncryption, OCTET STRING { key } }. */
    private static byte[] wrapRsa(byte[] pkcs1) {
        var octets = concat(new byte[] {0x04}, length(pkcs1.length), pkcs1);
        var body = concat(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM, octets);
        return concat(new byte[] {0x30}, length(body.length), body);
    }

    private static byte[] length(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x100) {
            return new byte[] {(byte) 0x81, (byte) length};
        }
        return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (var part : parts) {
            size += part.length;
        }
        var result = new byte[size];
        int at = 0;
        for (var part : parts) {
            System.arraycopy(part, 0, result, at, part.length);
            at += part.length;
        }
        return result;
    }
}
