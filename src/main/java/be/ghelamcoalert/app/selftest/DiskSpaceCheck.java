package be.ghelamcoalert.app.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Room for the store, its backups and the logs on the data directory's file system. */
final class DiskSpaceCheck {
    private static final String CHECK = "disk space";
    private static final long MEGABYTE = 1024 * 1024;

    private DiskSpaceCheck() {}

    static CheckResult run(Path directory, long minimumFreeBytes) {
        var existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return CheckResult.fail(CHECK, "no part of " + directory + " exists");
        }
        try {
            long free = Files.getFileStore(existing).getUsableSpace();
            var detail = free / MEGABYTE + " MB free for " + directory + " (at least " + minimumFreeBytes / MEGABYTE
                    + " MB needed)";
            return free < minimumFreeBytes ? CheckResult.fail(CHECK, detail) : CheckResult.ok(CHECK, detail);
        } catch (IOException e) {
            return CheckResult.fail(CHECK, "cannot read the free space of " + existing + ": " + e.getMessage());
        }
    }
}
