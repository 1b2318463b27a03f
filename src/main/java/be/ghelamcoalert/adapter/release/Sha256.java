package be.ghelamcoalert.adapter.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 digests as 64 lower-case hex digits. */
public final class Sha256 {
    /** The form of a digest in a manifest or a job document. */
    public static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {}

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads {@code in} to its end. */
    public static String of(InputStream in) throws IOException {
        var digest = digest();
        var buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return hex(digest);
    }

    public static String of(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return of(in);
        }
    }
}
