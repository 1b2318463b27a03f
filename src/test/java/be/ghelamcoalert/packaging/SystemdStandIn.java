package be.ghelamcoalert.packaging;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What systemd does for the kiosk's unit, as far as an update needs it: starts the launcher
 * ({@code kiosk-session.sh}, which execs the JVM) with the unit's environment and arguments, and
 * starts it again whenever it ends ({@code Restart=always}), until stopped. A power cut kills the
 * process and everything it started with SIGKILL; the next start is the boot after it. Every start
 * has a journal file of its own.
 */
final class SystemdStandIn implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** One start of the unit: its process (the launcher, then the JVM it exec'd) and its journal. */
    record Start(int number, Process process, Path journal) {
        /** The jar the JVM runs, once the launcher exec'd it. */
        Optional<String> jar() {
            var arguments = process.info().arguments().map(List::of).orElse(List.of());
            int at = arguments.indexOf("-jar");
            return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
        }

        String log() {
            try {
                return Files.readString(journal, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean logged(Pattern pattern) {
            return pattern.matcher(log()).find();
        }
    }

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path journals;
    private final List<Start> starts = new CopyOnWriteArrayList<>();
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private volatile String extraJavaOptionsForNextStart = "";
    private volatile boolean stopping;
    private Thread supervisor;

    SystemdStandIn(List<String> command, Map<String, String> environment, Path journals) {
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.journals = journals;
    }

    /** Starts the unit, and again after every end. */
    synchronized SystemdStandIn start() {
        supervisor = Thread.ofPlatform().name("systemd-stand-in").daemon().start(this::superviseUntilStopped);
        return this;
    }

    /** JVM options added to the unit's for the next start only (a debugger to pause it at an update step). */
    void addJavaOptionsToNextStart(String options) {
        extraJavaOptionsForNextStart = options;
    }

    private void superviseUntilStopped() {
        try {
            while (!stopping) {
                var start = launch(starts.size() + 1);
                starts.add(start);
                exits.add(start.process().waitFor());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Start launch(int number) throws IOException {
        var journal = journals.resolve("start-" + number + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(journal.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().keySet().removeIf(name -> name.toUpperCase().startsWith("GHELAMCO"));
        var unit = new HashMap<>(environment);
        if (!extraJavaOptionsForNextStart.isEmpty()) {
            unit.put("JAVA_OPTS", unit.getOrDefault("JAVA_OPTS", "") + " " + extraJavaOptionsForNextStart);
            extraJavaOptionsForNextStart = "";
        }
        builder.environment().putAll(unit);
        return new Start(number, builder.start(), journal);
    }

    List<Start> starts() {
        return List.copyOf(starts);
    }

    /** The exit codes of the starts that ended, in order. */
    List<Integer> exits() {
        return List.copyOf(exits);
    }

    Start latest() {
        return starts.getLast();
    }

    /** Waits for the start numbered {@code number} (1 is the first). */
    Start awaitStart(int number, Duration timeout) {
        await().atMost(timeout).until(() -> starts.size() >= number);
        return starts.get(number - 1);
    }

    /** Waits until the start that runs now has logged {@code pattern}; returns it. */
    Start awaitRunningAndLogged(Pattern pattern, Duration timeout) {
        return await("a running start logging " + pattern)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> starts.isEmpty()
                                ? Optional.<Start>empty()
                                : Optional.of(latest()).filter(s -> s.process().isAlive() && s.logged(pattern)),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** SIGKILL to the running start and every process under it, as a power cut; systemd starts it again (the boot). */
    void powerCut() throws InterruptedException {
        var start = latest();
        var processes = new ArrayList<ProcessHandle>();
        processes.add(start.process().toHandle());
        start.process().toHandle().descendants().forEach(processes::add);
        processes.forEach(ProcessHandle::destroyForcibly);
        start.process().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** As {@code systemctl stop}: no more restarts, SIGTERM and the wait for the end. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        if (supervisor == null) {
            return;
        }
        if (!starts.isEmpty()) {
            var process = latest().process();
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        supervisor.join(STOP_TIMEOUT.toMillis());
        if (!starts.isEmpty()) { // a start that began while stopping ends too
            starts.getLast().process().destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
