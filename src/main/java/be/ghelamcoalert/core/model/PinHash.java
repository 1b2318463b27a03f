package be.ghelamcoalert.core.model;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin PIN as the kiosk keeps it: a salted PBKDF2 hash (the JDK's PBKDF2WithHmacSHA256),
 * never the PIN itself. A try is hashed with the same salt and compared in constant time.
 */
public final class PinHash {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * A try is checked on the UI thread, so the rounds stay modest (100,000 took 0.6 to 1.3 s a try
     * on a busy 2-CPU build machine, 20,000 a fifth of that; the Pi 4 has no SHA instructions). The
     * hash never leaves the process and a PIN has at most 10^8 values, so more rounds would slow
     * the keypad without protecting the PIN: the lockout is what stops guessing.
     */
    public static final int ITERATIONS = 20_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final byte[] salt;
    private final byte[] hash;

    private PinHash(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code pin} with a fresh random salt. */
    public static PinHash of(String pin, SecureRandom random) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(salt, derive(pin, salt));
    }

    public boolean matches(String entered) {
        return MessageDigest.isEqual(hash, derive(entered, salt));
    }

    private static byte[] derive(String pin, byte[] salt) {
        var chars = pin.toCharArray();
        var spec = new PBEKeySpec(chars, salt, ITERATIONS, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** Never shows the hash or the salt. */
    @Override
    public String toString() {
        return "PinHash[" + ALGORITHM + ", " + ITERATIONS + " iterations]";
    }
}
