package be.ghelamcoalert.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own (the JavaFX toolkit starts once per JVM) on this test
 * run's class path, with headless Monocle and software rendering, and collects what it prints.
 */
public final class HeadlessScreenJvm {
    private HeadlessScreenJvm() {}

    /** How a run ended: its exit code and everything it printed (standard output and error). */
    public record Run(int exitCode, String output) {}

    /**
     * Runs {@code mainClass} with {@code args} and {@code environment} added to this one's (no
     * {@code DISPLAY}); fails with {@code stuck} and the output when it has not ended after {@code timeout}.
     */
    public static Run run(
            Class<?> mainClass, List<String> args, Map<String, String> environment, Duration timeout, String stuck)
            throws Exception {
        var command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        var process = builder.start();
        var output = new StringBuilder();
        var reader = Thread.ofPlatform().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes()));
            } catch (java.io.IOException e) {
                output.append(e);
            }
        });
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            reader.join();
            throw new AssertionError(stuck + ":\n" + output);
        }
        reader.join();
        return new Run(process.exitValue(), output.toString());
    }
}
