package be.ghelamcoalert.bench;

import be.ghelamcoalert.app.DemoData;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.app.Main;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.ui.KioskApplication;
import be.ghelamcoalert.ui.shell.KioskShell;
import be.ghelamcoalert.ui.start.StartPictureFile;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.spi.ToolProvider;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Screen start-up and idle cost, each measured in a fresh JVM (a child process, as the kiosk
 * starts), with the JVM options of the Pi's systemd unit:
 * <ul>
 *   <li>launch to the first frame of an empty JavaFX stage, and launch of the kiosk itself (its
 *       {@code main}, on a store that already holds events, no demo, the data directory named by
 *       the environment as the Pi's service does) to its first frame showing them, alternating,
 *       median of {@code rounds} each (target: the kiosk at most 1.3 times the empty stage) — once
 *       as plain JVMs and once with an ahead-of-time cache recorded by a training run of each
 *       (JDK 25, {@code -XX:AOTCache}), as the Pi runs it. Each kiosk run waits for the start
 *       picture it takes and the next one opens with it, as after a restart: its first frame is
 *       that picture, and the live dashboard's first frame is reported beside it. Beside them the
 *       kiosk's screen alone on data already in memory, which shows how much of the live
 *       dashboard's start the screen itself takes;</li>
 *   <li>CPU over {@code idleSeconds} of the idle kiosk with the countdowns ticking, after
 *       {@code warmUpSeconds} (target at most 1 % of one core), with the CPU per thread, and the
 *       peak RSS (target at most 200 MB).</li>
 * </ul>
 * Without a DISPLAY it runs on headless Monocle; with one, on GTK (as the Pi, in cage's XWayland);
 * both render in software, as the Pi does.
 * The idle kiosk shows the light stage of the first demo match, or with {@code overdue} a match
 * whose deadline has passed (red hero, blinking lamp).
 * <pre>bash packaging/run-benchmark.sh UiStartupBenchmark [rounds] [idleSeconds] [warmUpSeconds] [light-on|overdue]</pre>
 */
public final class UiStartupBenchmark {
    private static final String RESULT = "RESULT ";
    private static final String PHASES = "PHASES ";
    private static final String OPENGL_MAPPED = "OpenGL libraries mapped: ";
    /**
     * JAVA_OPTS of packaging/pi/ghelamco-alert.service, which adds only the AOT cache
     * ({@code -XX:AOTCache}); PiServiceUnitTest keeps the two equal. A small heap with the serial
     * collector that starts at 32 MB and grows only as needed (the kiosk uses about 50 MB; by
     * default the JVM would commit all of it on a machine with much memory), room for the
     * classes the kiosk loads before the first class-unloading collection (none during start),
     * the client compiler only (a kiosk that idles for days gains nothing from C2,
     * whose compilations cost CPU and memory), 30 JavaFX pulses a second instead of 60 (a
     * status screen with a per-second countdown; taps still answer within a frame of 33 ms),
     * which halves the toolkit's own idle wake-ups, and JavaFX's software renderer. That last one
     * is what a Pi renders with anyway: JavaFX's OpenGL pipeline (es2) on X11 accepts only the
     * GPU vendors it was qualified on (AMD, Intel, NVIDIA, nouveau, X.org), not Broadcom's V3D
     * (nor Mesa's llvmpipe) unless forced with {@code -Dprism.forceGPU=true}; without
     * {@code -Dprism.order=sw} it first loads Mesa's OpenGL driver (libGL, the DRI driver and
     * libLLVM: 55 to 65 MB resident, measured under Xvfb and under cage's XWayland) only to find
     * out and fall back to software.
     */
    public static final List<String> KIOSK_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-Xmx128m",
            "-XX:MetaspaceSize=64m",
            "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=32m",
            "-Djavafx.animation.pulse=30",
            "-Dprism.order=sw");
    /**
     * Variables the unit sets for the kiosk (as {@code Environment=} lines; PiServiceUnitTest
     * checks them). {@code MALLOC_ARENA_MAX=2}: fewer glibc malloc arenas for the kiosk's
     * threads. {@code GDK_GL=disable}: GTK 3 opens an X display by asking GLX for the visuals that
     * suit OpenGL best, which loads that same Mesa driver into a process that never draws with
     * OpenGL (either of the two alone costs the 55 to 65 MB); JavaFX's GTK glass
     * takes its window visual from prism es2 when that runs, else GTK's system visual, which is
     * then the X server's default one. GTK keeps its answer on the root window (GDK_VISUALS) for
     * the next client, but the XWayland that cage starts for the kiosk (like a benchmark's Xvfb,
     * which resets when its last client leaves) is new at every start, so every start paid it.
     */
    public static final List<String> KIOSK_ENVIRONMENT = List.of("MALLOC_ARENA_MAX=2", "GDK_GL=disable");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--child=")) {
            child(args[0].substring("--child=".length()), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmUpSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        var idleStage = args.length > 3
                ? IdleStage.valueOf(args[3].toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                : IdleStage.LIGHT_ON;
        var work = Files.createTempDirectory("ui-bench");
        // The kiosk starts on a store that already holds its events: seed it once, here.
        var data = work.resolve("data");
        var clock = Clock.system(KioskConfig.defaults().deadlines().zone());
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, data)) {
            DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
        }
        var bench = new UiStartupBenchmark(data, jarClassPath(work));
        // A kiosk that ran before leaves the start picture the next one opens with (as on the Pi after a restart).
        bench.run(Mode.KIOSK, 0, 0, List.of());
        for (var mode : Mode.values()) {
            bench.run(mode, 0, 0, List.of("-XX:AOTCacheOutput=" + work.resolve(mode + ".aot")));
        }
        var cached = new ArrayList<String>();
        for (boolean aot : new boolean[] {false, true}) {
            var empty = new ArrayList<Long>();
            var kiosk = new ArrayList<Long>();
            var toolkitUp = new ArrayList<Long>();
            var dataReady = new ArrayList<Long>();
            var dashboard = new ArrayList<Long>();
            int withPicture = 0;
            var screen = new ArrayList<Long>();
            var labels = new ArrayList<Long>();
            for (int i = 0; i < rounds; i++) {
                empty.add(Long.parseLong(bench.run(Mode.EMPTY, 0, 0, bench.aotOptions(Mode.EMPTY, aot ? work : null))
                        .getFirst()));
                var times = bench.run(Mode.KIOSK, 0, 0, bench.aotOptions(Mode.KIOSK, aot ? work : null));
                kiosk.add(Long.parseLong(times.get(0)));
                toolkitUp.add(Long.parseLong(times.get(3)));
                dataReady.add(Long.parseLong(times.get(4)));
                dashboard.add(Long.parseLong(times.get(5)));
                withPicture += Long.parseLong(times.get(6)) >= 0 ? 1 : 0;
                screen.add(Long.parseLong(bench.run(Mode.SCREEN, 0, 0, bench.aotOptions(Mode.SCREEN, aot ? work : null))
                        .getFirst()));
                labels.add(Long.parseLong(bench.run(Mode.LABELS, 0, 0, bench.aotOptions(Mode.LABELS, aot ? work : null))
                        .getFirst()));
            }
            String how = aot ? "with AOT cache" : "plain JVM     ";
            long emptyMs = median(empty);
            long kioskMs = median(kiosk);
            long dashboardMs = median(dashboard);
            long screenMs = median(screen);
            long labelsMs = median(labels);
            cached.add(String.format(
                    "%s  empty stage %5d ms %s%n%s  kiosk       %5d ms %s (first frame: the start picture in %d of %d runs)%n"
                            + "%s  ratio kiosk / empty %.2f (target <= 1.30)%n"
                            + "%s    the live dashboard %d ms %s, ratio %.2f: toolkit up at %d ms, store open and dashboard data read at %d ms (medians)%n"
                            + "%s  the screen alone, its data in memory (no store, no YAML): %d ms %s, ratio %.2f%n"
                            + "%s  a stage of %d labels with the kiosk's theme, no kiosk code: %d ms %s, ratio %.2f%n",
                    how,
                    emptyMs,
                    empty,
                    how,
                    kioskMs,
                    kiosk,
                    withPicture,
                    rounds,
                    how,
                    (double) kioskMs / emptyMs,
                    how,
                    dashboardMs,
                    dashboard,
                    (double) dashboardMs / emptyMs,
                    median(toolkitUp),
                    median(dataReady),
                    how,
                    screenMs,
                    screen,
                    (double) screenMs / emptyMs,
                    how,
                    LABEL_COUNT,
                    labelsMs,
                    labels,
                    (double) labelsMs / emptyMs));
        }
        System.out.println("launch to first frame (median of " + rounds + " each):");
        cached.forEach(System.out::print);
        if (idleStage == IdleStage.OVERDUE) {
            try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, data)) {
                kiosk.database()
                        .run(() -> kiosk.planning()
                                .store(
                                        overdueMatch(
                                                clock,
                                                kiosk.planning().planner().deadlines()),
                                        Actor.system("bench"),
                                        "create-event",
                                        "overdue idle"));
            }
        }
        var idle = bench.run(Mode.KIOSK, idleSeconds, warmUpSeconds, bench.aotOptions(Mode.KIOSK, work));
        var idleEmpty = bench.run(Mode.EMPTY, idleSeconds, warmUpSeconds, bench.aotOptions(Mode.EMPTY, work));
        System.out.printf(
                "idle kiosk CPU over %d s after %d s (%s):  %5.2f %% of one core (target <= 1 %%)%n",
                idleSeconds, warmUpSeconds, idleStage.shown, Double.parseDouble(idle.get(1)));
        System.out.printf(
                "  (an empty stage, same toolkit, idles at %5.2f %%)%n", Double.parseDouble(idleEmpty.get(1)));
        System.out.printf(
                "peak RSS (VmHWM) of the kiosk:            %5d MB (target <= 200 MB)%n",
                Long.parseLong(idle.get(2)) / 1024);
        deleteTree(work);
    }

    /**
     * What a child JVM starts: an empty stage; the kiosk through its main; the kiosk's screen
     * ({@code KioskApplication}) on data already in memory ({@link ScreenOnlyKiosk}), which shows
     * what the screen costs without the store and the configuration file; or a stage of plain
     * labels with the kiosk's theme and no kiosk code, the least any screen built from JavaFX
     * controls costs (the first control loads the controls' style sheet, skins and CSS engine).
     */
    private enum Mode {
        EMPTY,
        KIOSK,
        SCREEN,
        LABELS
    }

    /** About as many labels as the dashboard shows at 800x480. */
    private static final int LABEL_COUNT = 40;

    /** What the idle kiosk shows while it is measured. */
    private enum IdleStage {
        /** The first demo match in its light stage: steady light, hero counting down to the deadline. */
        LIGHT_ON("light on"),
        /** A match whose deadline passed ten minutes ago first: red hero counting up, the lamp blinking. */
        OVERDUE("overdue");

        final String shown;

        IdleStage(String shown) {
            this.shown = shown;
        }
    }

    /** A home match whose car park should have been empty ten minutes ago. */
    private static Event overdueMatch(Clock clock, DeadlinePolicy deadlines) {
        var kickoff = clock.instant()
                .atZone(deadlines.zone())
                .plus(deadlines.leadFor(EventKind.HOME_MATCH))
                .minusMinutes(10)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return new Event(
                new EventId("bench-overdue"),
                "KAA Gent - Cercle Brugge",
                EventKind.HOME_MATCH,
                Optional.of("Jupiler Pro League"),
                Optional.of("Cercle Brugge"),
                "Planet Group Arena",
                EventStart.at(kickoff.toLocalDate(), kickoff.toLocalTime()),
                Optional.empty(),
                EventStatus.SCHEDULED,
                "bench",
                false);
    }

    private final Path data;
    private final String classPath;

    private UiStartupBenchmark(Path data, String classPath) {
        this.data = data;
        this.classPath = classPath;
    }

    private List<String> aotOptions(Mode mode, Path work) {
        return work == null ? List.of() : List.of("-XX:AOTCache=" + work.resolve(mode + ".aot"));
    }

    /**
     * The AOT cache takes classes from jars only (not from directories), as the Pi runs the kiosk:
     * the classes of this build are packed into two jars first.
     */
    static String jarClassPath(Path work) {
        var jar = ToolProvider.findFirst("jar").orElseThrow();
        var entries = new ArrayList<String>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            var path = Path.of(entry);
            if (Files.isDirectory(path)) {
                var packed = work.resolve(path.getFileName() + ".jar");
                if (jar.run(System.out, System.err, "--create", "--file", packed.toString(), "-C", path.toString(), ".")
                        != 0) {
                    throw new IllegalStateException("Could not pack " + path);
                }
                entries.add(packed.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private List<String> run(Mode mode, int idleSeconds, int warmUpSeconds, List<String> jvmOptions) throws Exception {
        var command = new ArrayList<String>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(KIOSK_JVM_OPTIONS);
        command.addAll(jvmOptions);
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        }
        command.addAll(List.of(
                "-DGHELAMCO_LOG_LEVEL=WARN",
                "-cp",
                classPath,
                UiStartupBenchmark.class.getName(),
                "--child=" + mode,
                Integer.toString(idleSeconds),
                Integer.toString(warmUpSeconds)));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GHELAMCO__KIOSK__DATADIRECTORY", data.toString());
        for (String variable : KIOSK_ENVIRONMENT) {
            builder.environment()
                    .put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        var process = builder.start();
        String result = null;
        String phases = "";
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(PHASES)) {
                    phases = " " + line.substring(PHASES.length());
                }
                if (line.contains(" ms ")
                        || line.contains("AOTCache creation")
                        || line.contains("[error]")
                        || line.startsWith(OPENGL_MAPPED)) {
                    System.out.println("  " + mode + ": " + line);
                }
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException(mode + " run failed (exit " + process.exitValue() + ")");
        }
        return List.of((result + phases).split(" "));
    }

    /**
     * In the child JVM: start (an empty stage, or the kiosk through its own main), note the uptime
     * at the first frame with content, then idle and measure.
     */
    private static void child(String mode, int idleSeconds, int warmUpSeconds) throws Exception {
        if (mode.equals(Mode.EMPTY.name()) || mode.equals(Mode.LABELS.name())) {
            var firstFrame = new CompletableFuture<Long>();
            var shown = new CountDownLatch(1);
            Platform.startup(shown::countDown);
            shown.await();
            Platform.runLater(() -> show(
                    mode.equals(Mode.EMPTY.name()) ? new Scene(new StackPane(), 800, 480) : labelScene(), firstFrame));
            report(firstFrame.get(), idleSeconds, warmUpSeconds);
            return;
        }
        if (mode.equals(Mode.SCREEN.name())) {
            Thread.ofPlatform().name("logging-start").start(org.slf4j.LoggerFactory::getILoggerFactory); // as Main does
            Thread.ofPlatform().daemon().name("bench").start(() -> reportFirstFrame(0, 0, false));
            KioskApplication.prepare(ScreenOnlyKiosk.context());
            Application.launch(KioskApplication.class);
            System.exit(0);
        }
        // Waits for the first frame beside the kiosk, which starts exactly as on the Pi, through its main.
        Thread.ofPlatform()
                .daemon()
                .name("bench")
                .start(() -> reportFirstFrame(idleSeconds, warmUpSeconds, idleSeconds == 0));
        // The kiosk as the Pi starts it, on the seeded store, in a window; no fixture import.
        Main.main(new String[] {"--windowed", "--fixtures", "no-fixture-import.yaml"});
    }

    /**
     * The kiosk takes its start picture at the first tick after the dashboard is on the screen:
     * it is waited for here, so the next run opens with it, as a kiosk does after a restart.
     */
    private static void awaitNewStartPicture() throws InterruptedException {
        var picture = Path.of(System.getenv("GHELAMCO__KIOSK__DATADIRECTORY")).resolve(StartPictureFile.FILE_NAME);
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int i = 0; i < 50; i++) {
            try {
                if (Files.getLastModifiedTime(picture).toMillis() >= started) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not written yet
            }
            Thread.sleep(100);
        }
        System.out.println("[error] no start picture was taken within 5 s");
    }

    private static void reportFirstFrame(int idleSeconds, int warmUpSeconds, boolean keepsPicture) {
        try {
            var times = KioskApplication.dashboardShown().get();
            System.out.println(PHASES + times.toolkitUp().toMillis() + " "
                    + times.dataReady().toMillis() + " " + times.dashboard().toMillis() + " "
                    + times.startPicture().map(java.time.Duration::toMillis).orElse(-1L));
            if (keepsPicture) {
                awaitNewStartPicture();
            }
            report(times.firstFrame().toMillis(), idleSeconds, warmUpSeconds);
        } catch (Exception e) {
            e.printStackTrace();
            Platform.exit();
        }
    }

    /** Eight rows of five labels, styled as the dashboard's rows by the kiosk's own style sheets. */
    private static Scene labelScene() {
        var rows = new VBox();
        for (int row = 0; row < LABEL_COUNT / 5; row++) {
            var line = new HBox(12);
            line.getStyleClass().add("event-row");
            for (int column = 0; column < 5; column++) {
                var label = new Label("za 28 nov " + row + column);
                label.getStyleClass().add(column == 0 ? "row-date" : "row-title");
                line.getChildren().add(label);
            }
            rows.getChildren().add(line);
        }
        var root = new StackPane(rows);
        root.getStyleClass().add("kiosk");
        var scene = new Scene(root, 800, 480);
        scene.getStylesheets().addAll(KioskShell.stylesheets());
        return scene;
    }

    private static void show(Scene scene, CompletableFuture<Long> firstFrame) {
        var stage = new Stage();
        scene.addPostLayoutPulseListener(() -> {
            if (!firstFrame.isDone()) {
                firstFrame.complete(ManagementFactory.getRuntimeMXBean().getUptime());
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private static void report(long firstFrameMs, int idleSeconds, int warmUpSeconds) throws Exception {
        double cpuPercent = 0;
        if (idleSeconds > 0) {
            Thread.sleep(warmUpSeconds * 1000L); // past start-up and JIT warm-up: the kiosk idles for days
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var threads = ManagementFactory.getThreadMXBean();
            var before = new java.util.HashMap<Long, Long>();
            for (long id : threads.getAllThreadIds()) {
                before.put(id, threads.getThreadCpuTime(id));
            }
            var jit = ManagementFactory.getCompilationMXBean();
            long jitBefore = jit.getTotalCompilationTime();
            long cpuBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            Thread.sleep(idleSeconds * 1000L);
            long cpuUsed = os.getProcessCpuTime() - cpuBefore;
            cpuPercent = 100.0 * cpuUsed / (System.nanoTime() - wallBefore);
            long javaThreads = 0;
            for (long id : threads.getAllThreadIds()) {
                long used = threads.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
                var info = threads.getThreadInfo(id);
                javaThreads += Math.max(used, 0);
                if (info != null && used > 1_000_000L) {
                    System.out.println("thread " + info.getThreadName() + " used " + used / 1_000_000 + " ms CPU");
                }
            }
            System.out.println(
                    "JVM threads (GC, JIT compiler, VM) used " + (cpuUsed - javaThreads) / 1_000_000 + " ms CPU");
            System.out.println("  of which the JIT compiler " + (jit.getTotalCompilationTime() - jitBefore)
                    + " ms (methods called once a second reach the compile threshold only after minutes)");
        }
        if (idleSeconds > 0) {
            System.out.println(OPENGL_MAPPED + openGlLibraries());
        }
        System.out.println(RESULT + firstFrameMs + " " + cpuPercent + " " + peakRssKb());
        Platform.exit();
    }

    /**
     * OpenGL libraries mapped into this process (Mesa's libGL, its DRI driver and the libLLVM that
     * driver links): none when the kiosk renders in software and GTK does not probe GLX.
     */
    private static String openGlLibraries() throws Exception {
        var names = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .filter(path -> path.matches(".*/(libGL[^/]*|libEGL[^/]*|libLLVM[^/]*|[^/]*_dri\\.so)"))
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .distinct()
                .toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static long peakRssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(-1L);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
