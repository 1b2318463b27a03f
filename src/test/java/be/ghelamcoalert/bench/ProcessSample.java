package be.ghelamcoalert.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One look at a running JVM from outside, as an operator would take it: resident memory and
 * threads from {@code /proc/PID/status}, open descriptors from {@code /proc/PID/fd}, and the Java
 * heap in use right after a full collection ({@code jcmd PID GC.run}, then {@code GC.heap_info}).
 */
record ProcessSample(long rssKb, long heapAfterGcKb, int threads, int descriptors) {
    /** "used 1234K" of a generation or region line of {@code GC.heap_info} (not Metaspace or class space). */
    private static final Pattern USED = Pattern.compile("^\\s*(?!Metaspace|class space)\\S.*?\\bused (\\d+)K");

    static ProcessSample of(long pid) {
        var status = proc(pid).resolve("status");
        Jcmd.run(pid, "GC.run");
        var heap = Jcmd.run(pid, "GC.heap_info");
        try {
            var lines = Files.readAllLines(status);
            int descriptors;
            try (var fds = Files.list(proc(pid).resolve("fd"))) {
                descriptors = (int) fds.count();
            }
            return new ProcessSample(field(lines, "VmRSS"), heapUsedKb(heap), (int) field(lines, "Threads"), descriptors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status + " (has the kiosk ended?)", e);
        }
    }

    /** The heap in use: the sum of the generations' (or regions') "used" figures. */
    static long heapUsedKb(String heapInfo) {
        var used = heapInfo.lines().map(USED::matcher).filter(m -> m.find()).mapToLong(m -> Long.parseLong(m.group(1))).sum();
        if (used == 0) {
            throw new IllegalStateException("no heap figures in jcmd's answer: " + heapInfo);
        }
        return used;
    }

    static Path proc(long pid) {
        return Path.of("/proc", Long.toString(pid));
    }

    private static long field(List<String> statusLines, String name) {
        return statusLines.stream().filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong).findFirst()
                .orElseThrow(() -> new IllegalStateException("/proc status has no " + name + ": " + statusLines));
    }
}
