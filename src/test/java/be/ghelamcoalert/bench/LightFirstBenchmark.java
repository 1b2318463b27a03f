package be.ghelamcoalert.bench;

import be.ghelamcoalert.testing.DeployedKiosk;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JVM start to the relay in its right state, next to JVM start to the first frame (the start
 * picture's, else the live dashboard's), both as the JVM's uptime, for the kiosk
 * started exactly as the Pi's unit starts it ({@link DeployedKiosk}: its JVM options, environment
 * and arguments), on a store that already exists, {@code rounds} times (default 5), once as a
 * plain JVM and once with the ahead-of-time cache the unit names, recorded first by a training run
 * as install.sh records it. Target: the light at most 1 s after the JVM started (with the cache),
 * and before the first frame.
 *
 * <pre>bash packaging/run-benchmark.sh LightFirstBenchmark [rounds]</pre>
 */
public final class LightFirstBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(LightFirstBenchmark.class);
    private static final Pattern LIGHT = Pattern.compile("Light restored (\\d+) ms after the JVM started");
    /** The live dashboard's first frame, and the start picture's where it had one. */
    private static final Pattern SCREEN =
            Pattern.compile("Kiosk screen shown (\\d+) ms after the JVM started .*start picture (none|at (\\d+) ms)");

    private LightFirstBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        var root = Files.createTempDirectory("light-first");
        // The AOT cache takes classes from jars only, as the Pi runs the kiosk: this build's classes are packed first.
        var layout = DeployedKiosk.install(root)
                .withClassPath(UiStartupBenchmark.jarClassPath(Files.createDirectories(root.resolve("jars"))));
        Files.delete(layout.etc().resolve("fixtures.yaml")); // no import: only the start is measured
        measure("plain JVM", layout, rounds);
        var cache = layout.moved("/opt/ghelamco-alert/ghelamco-alert.aot");
        Files.createDirectories(cache.getParent());
        try (var training = DeployedKiosk.start(layout, Map.of(), withCacheOutput(cache), List.of("--training-run"))) {
            training.awaitExit(Duration.ofMinutes(3));
        }
        LOG.info("AOT cache recorded: {} ({} MB)", cache, Files.size(cache) / (1024 * 1024));
        measure("AOT cache", layout, rounds);
    }

    private static List<String> withCacheOutput(java.nio.file.Path cache) {
        var options = new ArrayList<>(DeployedKiosk.HEADLESS_SCREEN);
        options.add("-XX:AOTCacheOutput=" + cache);
        return options;
    }

    private static void measure(String what, DeployedKiosk.Layout layout, int rounds) throws Exception {
        var light = new ArrayList<Long>();
        var screen = new ArrayList<Long>();
        for (int round = 0; round <= rounds; round++) { // round 0 creates the store (and warms the page cache)
            try (var kiosk = DeployedKiosk.start(layout, Map.of())) {
                long lightMs = number(kiosk.awaitLine(LIGHT, Duration.ofSeconds(60)), LIGHT);
                long screenMs = firstFrame(kiosk.awaitLine(SCREEN, Duration.ofSeconds(60)));
                if (round > 0) {
                    light.add(lightMs);
                    screen.add(screenMs);
                }
                kiosk.stop(Duration.ofSeconds(30));
            }
        }
        LOG.info(
                "{}: JVM start to the light restored: median {} ms (rounds {}); to the first frame: median {} ms (rounds {})",
                what,
                median(light),
                light,
                median(screen),
                screen);
    }

    private static long number(String line, Pattern pattern) {
        var matcher = pattern.matcher(line);
        matcher.find();
        return Long.parseLong(matcher.group(1));
    }

    /** The start picture's frame where there was one, else the live dashboard's. */
    private static long firstFrame(String line) {
        var matcher = SCREEN.matcher(line);
        matcher.find();
        return Long.parseLong(matcher.group(3) != null ? matcher.group(3) : matcher.group(1));
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
