package be.ghelamcoalert.adapter.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Ed25519 keys as PEM files, as {@code openssl genpkey -algorithm ed25519} writes them: the
 * private key PKCS#8 ("PRIVATE KEY"), the public key X.509 ("PUBLIC KEY"). The kiosk trusts
 * every {@code *.pem} public key in its key directory.
 */
public final class ReleaseKeys {
    public static final String ALGORITHM = "Ed25519";

    /** A trusted public key and the file it came from, which names the signer in messages. */
    public record TrustedKey(String name, PublicKey key) {}

    private ReleaseKeys() {}

    public static PrivateKey readPrivate(Path pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new ReleaseException(pem + " is not an Ed25519 private key (PKCS#8 PEM): " + e.getMessage(), e);
        }
    }

    public static PublicKey readPublic(Path pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new ReleaseException(pem + " is not an Ed25519 public key (X.509 PEM): " + e.getMessage(), e);
        }
    }

    /** The public keys in {@code directory} ({@code *.pem}, by name); none is an error: nothing could be verified. */
    public static List<TrustedKey> trusted(Path directory) {
        var keys = new ArrayList<TrustedKey>();
        try (var files = Files.list(directory)) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".pem"))
                    .sorted()
                    .toList()) {
                keys.add(new TrustedKey(file.getFileName().toString(), readPublic(file)));
            }
        } catch (IOException e) {
            throw new ReleaseException(
                    "cannot read the trusted release keys in " + directory + ": " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new ReleaseException("no trusted release key (*.pem) in " + directory);
        }
        return List.copyOf(keys);
    }

    /** The PEM text of a key: {@code type} "PRIVATE KEY" or "PUBLIC KEY". */
    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pem, String type) {
        String text;
        try {
            text = Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ReleaseException("cannot read key file " + pem + ": " + e.getMessage(), e);
        }
        var begin = "-----BEGIN " + type + "-----";
        var end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new ReleaseException(pem + " holds no '" + begin + "' block");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new ReleaseException(pem + " is not valid PEM: " + e.getMessage(), e);
        }
    }
}
