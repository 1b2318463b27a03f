package be.ghelamcoalert.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The JDK's {@code jcmd} next to the running {@code java}, for a diagnostic command on another JVM. */
final class Jcmd {
    private Jcmd() {}

    static String run(long pid, String command) {
        var java = Path.of(ProcessHandle.current()
                .info()
                .command()
                .orElseThrow(() -> new IllegalStateException("no java command")));
        var jcmd = java.resolveSibling("jcmd").toString();
        try {
            var process = new ProcessBuilder(jcmd, Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd " + command, e);
        }
    }
}
