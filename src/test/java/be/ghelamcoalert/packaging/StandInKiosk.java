package be.ghelamcoalert.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A JVM in the kiosk's place for {@link PiLaunchScriptsTest} and {@link PiLabwcClientTest}: notes its pid and the systemd
 * variables it got, and "TERM" when it is shut down, in $RUNTIME_DIRECTORY/java.log; then waits.
 * A thread dump (SIGQUIT) goes to its standard output, as the kiosk's does.
 */
public final class StandInKiosk {
    private StandInKiosk() {}

    /** Puts a {@code jdk/bin/java} under {@code home} that runs this class with the test's class path. */
    static void installAsJava(Path home) throws IOException {
        var java = Files.createDirectories(home.resolve("jdk/bin")).resolve("java");
        Files.writeString(
                java,
                "#!/bin/sh\nexec '%s' -cp '%s' %s \"$@\"\n"
                        .formatted(
                                Path.of(System.getProperty("java.home"), "bin", "java"),
                                System.getProperty("java.class.path"),
                                StandInKiosk.class.getName()));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        var log = Path.of(System.getenv("RUNTIME_DIRECTORY"), "java.log");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> append(log, "TERM")));
        append(
                log,
                "pid=" + ProcessHandle.current().pid() + " WATCHDOG_PID=" + System.getenv("WATCHDOG_PID")
                        + " NOTIFY_SOCKET=" + System.getenv("NOTIFY_SOCKET") + " WATCHDOG_USEC="
                        + System.getenv("WATCHDOG_USEC"));
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void append(Path log, String line) {
        try {
            Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + log, e);
        }
    }
}
