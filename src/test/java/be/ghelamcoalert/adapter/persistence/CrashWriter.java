package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AuditEntry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Child process of {@link CrashSafetyTest}: commits audit rows as fast as it can and reports each
 * committed number on standard output, until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        var out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        var database = Database.open(Path.of(args[0]));
        var audit = new JdbiAuditLog(database);
        for (long i = 1; ; i++) {
            long n = i;
            database.run(() -> audit.append(
                    new AuditEntry(Instant.now(), Actor.system("crash-test"), "write", Optional.empty(), "row " + n)));
            out.println(n);
        }
    }
}
