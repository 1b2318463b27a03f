package be.ghelamcoalert.adapter.iot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A device key that other users can read is a leaked key: like the AWS IoT Device Client, the
 * kiosk refuses to use a private key file with any group or other permission.
 */
public final class PrivateKeyCheck {
    private static final Set<PosixFilePermission> NOT_ALLOWED = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private PrivateKeyCheck() {}

    /** @throws IotSetupException naming the file and the fix when it is missing or too open */
    public static void requirePrivate(Path key) {
        if (!Files.isRegularFile(key)) {
            throw new IotSetupException("The private key " + key.toAbsolutePath() + " does not exist (iot.privateKey)");
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(key);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing to check
        } catch (IOException e) {
            throw new IotSetupException(
                    "Cannot read the permissions of the private key " + key.toAbsolutePath() + ": " + e.getMessage());
        }
        var open = EnumSet.noneOf(PosixFilePermission.class);
        open.addAll(permissions);
        open.retainAll(NOT_ALLOWED);
        if (!open.isEmpty()) {
            throw new IotSetupException(
                    "The private key " + key.toAbsolutePath() + " is accessible by group or others ("
                            + java.nio.file.attribute.PosixFilePermissions.toString(permissions)
                            + "); refusing to connect. Fix: chmod 600 "
                            + key.toAbsolutePath());
        }
    }
}
