package be.ghelamcoalert.bench;

import be.ghelamcoalert.app.DemoData;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.ui.KioskUiContext;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.Ticker;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.shell.KioskShell;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Screen start-up and idle cost, each measured in a fresh JVM (a child process, as the kiosk
 * starts):
 * <ul>
 *   <li>launch to the first frame of an empty JavaFX stage, and to the first frame of the
 *       dashboard showing the demo data (H2 opened and migrated, events loaded), alternating,
 *       median of {@code rounds} each (target: dashboard at most 1.3 times the empty stage);</li>
 *   <li>CPU over {@code idleSeconds} of idle dashboard with the countdowns ticking (target at
 *       most 1 % of one core) and the peak RSS (target at most 200 MB).</li>
 * </ul>
 * Without a DISPLAY it renders with headless Monocle (software); with one, with GTK.
 * <pre>bash packaging/run-benchmark.sh UiStartupBenchmark [rounds] [idleSeconds]</pre>
 */
public final class UiStartupBenchmark {
    private static final String RESULT = "RESULT ";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--child=")) {
            child(args[0].substring("--child=".length()), args.length > 1 ? Integer.parseInt(args[1]) : 0);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        // The kiosk starts on a database that already holds its events: seed it once, here.
        var data = Files.createTempDirectory("ui-bench");
        var clock = Clock.system(KioskConfig.defaults().deadlines().zone());
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, data)) {
            DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
        }
        System.setProperty("bench.data", data.toString());
        var empty = new ArrayList<Long>();
        var dashboard = new ArrayList<Long>();
        for (int i = 0; i < rounds; i++) {
            empty.add(Long.parseLong(run("empty", 0).getFirst()));
            dashboard.add(Long.parseLong(run("dashboard", 0).getFirst()));
        }
        long emptyMs = median(empty);
        long dashboardMs = median(dashboard);
        System.out.printf("launch to first frame, empty stage:      %5d ms (median of %s)%n", emptyMs, empty);
        System.out.printf("launch to first frame, dashboard + data: %5d ms (median of %s)%n", dashboardMs, dashboard);
        System.out.printf("ratio dashboard / empty:                 %5.2f (target <= 1.30)%n", (double) dashboardMs / emptyMs);
        var idle = run("dashboard", idleSeconds);
        var idleEmpty = run("empty", idleSeconds);
        System.out.printf("idle dashboard CPU over %d s:             %5.2f %% of one core (target <= 1 %%)%n", idleSeconds,
                Double.parseDouble(idle.get(1)));
        System.out.printf("  (an empty stage, same toolkit, idles at %5.2f %%)%n", Double.parseDouble(idleEmpty.get(1)));
        System.out.printf("peak RSS (VmHWM):                        %5d MB (target <= 200 MB)%n", Long.parseLong(idle.get(2)) / 1024);
        deleteTree(data);
    }

    private static List<String> run(String mode, int idleSeconds) throws Exception {
        var command = new ArrayList<String>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Dprism.order=sw", "-XX:+UseSerialGC", "-Xmx128m"));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        }
        command.addAll(List.of("-DGHELAMCO_LOG_LEVEL=WARN", "-Dbench.data=" + System.getProperty("bench.data"),
                "-Dbench.trace=" + Boolean.getBoolean("bench.trace"), "-cp", System.getProperty("java.class.path"),
                UiStartupBenchmark.class.getName(), "--child=" + mode, Integer.toString(idleSeconds)));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.contains(" ms ")) {
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
        return List.of(result.split(" "));
    }

    /** In the child JVM: start, show, report the uptime at the first frame with content, then idle. */
    private static void child(String mode, int idleSeconds) throws Exception {
        var firstFrame = new CompletableFuture<Long>();
        var shown = new CountDownLatch(1);
        Platform.startup(shown::countDown);
        shown.await();
        if (mode.equals("empty")) {
            Platform.runLater(() -> showAndTime(new StackPane(), () -> true, firstFrame));
            report(firstFrame.get(), idleSeconds, null);
            return;
        }
        var data = Path.of(System.getProperty("bench.data"));
        var clock = Clock.system(KioskConfig.defaults().deadlines().zone());
        trace("toolkit up");
        var kiosk = Kiosk.open(KioskConfig.defaults(), clock, data);
        trace("kiosk open");
        var config = kiosk.config();
        var context = new KioskUiContext("Bench", true, config.ui(), "nl", clock, config.deadlines().zone(), kiosk.queries(),
                kiosk.commands(), kiosk.changes(), kiosk.status(), JobHistory.none(), KioskUiContext.noMetrics());
        var work = BackgroundWork.singleThread(UiThread.javaFx());
        var shells = new CompletableFuture<KioskShell>();
        Platform.runLater(() -> {
            trace("fx: building shell");
            var shell = new KioskShell(context, work);
            shell.start();
            trace("fx: shell built");
            shells.complete(shell);
            showAndTime(shell.root(), () -> !shell.root().lookupAll(".event-row").isEmpty(), firstFrame);
        });
        long ms = firstFrame.get();
        try (var ticker = new Ticker(UiThread.javaFx(), shells.get()::tick)) {
            report(ms, idleSeconds, ticker);
        }
        kiosk.close();
    }

    private static void trace(String what) {
        if (Boolean.getBoolean("bench.trace")) {
            System.out.println(ManagementFactory.getRuntimeMXBean().getUptime() + " ms " + what);
        }
    }

    private static void showAndTime(javafx.scene.Parent root, java.util.function.BooleanSupplier ready,
            CompletableFuture<Long> firstFrame) {
        var stage = new Stage();
        var scene = new Scene(root, 800, 480);
        scene.getStylesheets().addAll(KioskShell.stylesheets());
        scene.addPostLayoutPulseListener(() -> {
            if (!firstFrame.isDone()) {
                trace("fx: pulse, ready " + ready.getAsBoolean());
            }
            if (!firstFrame.isDone() && ready.getAsBoolean()) {
                firstFrame.complete(ManagementFactory.getRuntimeMXBean().getUptime());
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private static void report(long firstFrameMs, int idleSeconds, Ticker ticker) throws Exception {
        double cpuPercent = 0;
        if (idleSeconds > 0) {
            Thread.sleep(20_000); // past start-up and JIT warm-up: the kiosk idles for days
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var threads = ManagementFactory.getThreadMXBean();
            var before = new java.util.HashMap<Long, Long>();
            for (long id : threads.getAllThreadIds()) {
                before.put(id, threads.getThreadCpuTime(id));
            }
            long cpuBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            Thread.sleep(idleSeconds * 1000L);
            cpuPercent = 100.0 * (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
            if (Boolean.getBoolean("bench.trace")) {
                for (long id : threads.getAllThreadIds()) {
                    long used = threads.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
                    var info = threads.getThreadInfo(id);
                    if (info != null && used > 1_000_000L) {
                        trace("thread " + info.getThreadName() + " used " + used / 1_000_000 + " ms CPU");
                    }
                }
            }
        }
        System.out.println(RESULT + firstFrameMs + " " + cpuPercent + " " + peakRssKb());
        Platform.exit();
    }

    private static long peakRssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
