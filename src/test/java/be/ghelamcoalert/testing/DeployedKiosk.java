package be.ghelamcoalert.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kiosk started exactly as the Pi's systemd unit starts it: the unit file's own
 * {@code Environment=} lines (its JVM options included), its {@code EnvironmentFile=}, and the
 * arguments of its {@code ExecStart=}, with {@code /etc/ghelamco-alert}, {@code /var/lib/ghelamco-alert}
 * and {@code /opt/ghelamco-alert} moved under a folder of the test's. The JVM runs {@code Main} on
 * this test run's class path with a headless screen (Monocle; the Pi's cage is not here). Its log
 * lines are collected as they come.
 */
public final class DeployedKiosk implements AutoCloseable {
    public static final Path UNIT = Path.of("packaging/pi/ghelamco-alert.service");
    private static final List<String> MOVED =
            List.of("/etc/ghelamco-alert", "/var/lib/ghelamco-alert", "/opt/ghelamco-alert");
    private static final String MAIN = "be.ghelamcoalert.app.Main";

    /** The exit code of a JVM ended by SIGTERM after its shutdown hooks ran (128 + 15). */
    public static final int STOPPED_BY_SIGTERM = 143;

    private final Process process;
    private final Path output;

    private DeployedKiosk(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * The unit's view of the machine, moved under {@code root}: where it keeps configuration and
     * data; and the class path the kiosk runs from (this test run's, or jars for an AOT cache).
     */
    public record Layout(Path root, String classPath) {
        /** The same machine running from {@code otherClassPath}. */
        public Layout withClassPath(String otherClassPath) {
            return new Layout(root, otherClassPath);
        }

        public Path etc() {
            return moved("/etc/ghelamco-alert");
        }

        public Path data() {
            return moved("/var/lib/ghelamco-alert");
        }

        public Path moved(String path) {
            return root.resolve(path.substring(1));
        }

        String rewrite(String text) {
            var result = text;
            for (var path : MOVED) {
                result = result.replace(path, moved(path).toString());
            }
            return result;
        }
    }

    /** The shipped configuration files copied where the unit reads them ({@code install.sh} does the same on a Pi). */
    public static Layout install(Path root) throws IOException {
        var layout = new Layout(root, System.getProperty("java.class.path"));
        Files.createDirectories(layout.etc());
        Files.createDirectories(layout.data());
        Files.copy(Path.of("kiosk-config/kiosk.yaml"), layout.etc().resolve("kiosk.yaml"));
        Files.copy(Path.of("kiosk-config/fixtures.yaml"), layout.etc().resolve("fixtures.yaml"));
        return layout;
    }

    /** The screen of the tests: headless Monocle, as the Pi's cage is not here. */
    public static final List<String> HEADLESS_SCREEN =
            List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless");

    /** Starts the kiosk as the unit does, with {@code extraEnvironment} (e.g. NOTIFY_SOCKET) on top. */
    public static DeployedKiosk start(Layout layout, Map<String, String> extraEnvironment) throws IOException {
        return start(layout, extraEnvironment, HEADLESS_SCREEN);
    }

    /** As {@link #start(Layout, Map)} with other screen options (GTK without a display: a screen that cannot start). */
    public static DeployedKiosk start(Layout layout, Map<String, String> extraEnvironment, List<String> screenOptions)
            throws IOException {
        return start(layout, extraEnvironment, screenOptions, List.of());
    }

    /**
     * As {@link #start(Layout, Map, List)}, with {@code extraArguments} after the unit's (e.g.
     * {@code --training-run}); a {@code -XX:AOTCacheOutput=} among {@code screenOptions} replaces
     * the unit's {@code -XX:AOTCache=}, as install.sh records the cache.
     */
    public static DeployedKiosk start(
            Layout layout,
            Map<String, String> extraEnvironment,
            List<String> screenOptions,
            List<String> extraArguments)
            throws IOException {
        var unit = Files.readAllLines(UNIT);
        var environment = unitEnvironment(unit, layout);
        environment.putAll(extraEnvironment);
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        boolean recording = screenOptions.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
        Optional.ofNullable(environment.remove("JAVA_OPTS"))
                .ifPresent(options -> Arrays.stream(options.trim().split("\\s+"))
                        .filter(o -> !(recording && o.startsWith("-XX:AOTCache=")))
                        .forEach(command::add));
        command.addAll(screenOptions);
        command.addAll(List.of("-cp", layout.classPath(), MAIN));
        command.addAll(execStartArguments(unit, layout));
        command.addAll(extraArguments);
        // What journald would collect, one file per start, so a wait never finds an earlier start's line.
        var output = Files.createTempFile(layout.root(), "journal-", ".log");
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().remove("DISPLAY");
        builder.environment().keySet().removeIf(name -> name.toUpperCase().startsWith("GHELAMCO__"));
        builder.environment().putAll(environment);
        return new DeployedKiosk(builder.start(), output);
    }

    /** The unit's {@code Environment=} lines and its environment file (where present), paths moved. */
    public static Map<String, String> unitEnvironment(Layout layout) throws IOException {
        return unitEnvironment(Files.readAllLines(UNIT), layout);
    }

    /** The arguments the unit's {@code ExecStart=} passes to the launcher, paths moved. */
    public static List<String> execStartArguments(Layout layout) throws IOException {
        return execStartArguments(Files.readAllLines(UNIT), layout);
    }

    static Map<String, String> unitEnvironment(List<String> unit, Layout layout) throws IOException {
        var environment = new LinkedHashMap<String, String>();
        for (var line : unit) {
            if (line.startsWith("EnvironmentFile=")) {
                var file = Path.of(layout.rewrite(
                        line.substring("EnvironmentFile=".length()).replaceFirst("^-", "")));
                if (Files.exists(file)) {
                    Files.readAllLines(file).stream()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .forEach(l -> put(environment, layout.rewrite(l)));
                }
            } else if (line.startsWith("Environment=")) {
                put(environment, layout.rewrite(unquote(line.substring("Environment=".length()))));
            }
        }
        return environment;
    }

    static List<String> execStartArguments(List<String> unit, Layout layout) {
        var exec = unit.stream()
                .filter(l -> l.startsWith("ExecStart="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the unit has no ExecStart="));
        var words = layout.rewrite(exec.substring("ExecStart=".length())).trim().split("\\s+");
        return List.of(words).subList(1, words.length);
    }

    private static void put(Map<String, String> environment, String assignment) {
        var at = assignment.indexOf('=');
        environment.put(assignment.substring(0, at), assignment.substring(at + 1));
    }

    private static String unquote(String text) {
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }

    /** Waits for a log line that matches; fails with the whole log when none comes in time or the JVM ends. */
    public String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        return awaitLine(line -> pattern.matcher(line).find(), pattern.pattern(), timeout);
    }

    public String awaitLine(Predicate<String> wanted, String what, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (System.nanoTime() < end) {
            boolean ended = !process.isAlive();
            var snapshot = lines();
            for (; seen < snapshot.size(); seen++) {
                if (wanted.test(snapshot.get(seen))) {
                    return snapshot.get(seen);
                }
            }
            if (ended) {
                throw new AssertionError(
                        "The kiosk ended (exit " + process.exitValue() + ") without logging " + what + ":\n" + log());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No log line " + what + " within " + timeout + ":\n" + log());
    }

    public String log() {
        return String.join("\n", lines());
    }

    /** The whole lines logged so far (a line still being written is left for the next look). */
    public List<String> lines() {
        try {
            var text = Files.readString(output, StandardCharsets.UTF_8);
            var complete = text.substring(0, text.lastIndexOf('\n') + 1);
            return complete.isEmpty() ? List.of() : List.of(complete.split("\n"));
        } catch (IOException e) {
            return List.of("(cannot read the output: " + e + ")");
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as systemd stops the unit; returns the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    /** SIGKILL: a power cut as far as the store can tell. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The kiosk did not end within " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
