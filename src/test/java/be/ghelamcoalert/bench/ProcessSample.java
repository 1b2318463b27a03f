package be.ghelamcoalert.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One look at a running JVM from outside, as an operator would take it: resident memory and
 * threads from {@code /proc/PID/status}, open descriptors from {@code /proc/PID/fd}, and the live
 * Java heap: {@code jcmd PID GC.class_histogram} runs a full collection and counts what is left in
 * the same call, so nothing the kiosk allocates between a {@code GC.run} and a {@code GC.heap_info}
 * (a second JVM start later) blurs it.
 */
record ProcessSample(long rssKb, long liveHeapKb, int threads, int descriptors) {
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern CLASS_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    static ProcessSample of(long pid) {
        var heap = liveHeapKb(Jcmd.run(pid, "GC.class_histogram"));
        var status = proc(pid).resolve("status");
        try {
            var lines = Files.readAllLines(status);
            int descriptors;
            try (var fds = Files.list(proc(pid).resolve("fd"))) {
                descriptors = (int) fds.count();
            }
            return new ProcessSample(field(lines, "VmRSS"), heap, (int) field(lines, "Threads"), descriptors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status + " (has the kiosk ended?)", e);
        }
    }

    /** The live heap: the bytes on the histogram's "Total" line. */
    static long liveHeapKb(String histogram) {
        return histogram
                .lines()
                .map(TOTAL::matcher)
                .filter(m -> m.find())
                .mapToLong(m -> Long.parseLong(m.group(1)) / 1024)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Total line in jcmd's class histogram: " + histogram));
    }

    /** The live bytes of each class (its name without the module). */
    static Map<String, Long> liveBytesByClass(String histogram) {
        var bytes = new TreeMap<String, Long>();
        histogram
                .lines()
                .map(CLASS_ROW::matcher)
                .filter(m -> m.find())
                .forEach(m -> bytes.put(m.group(2), Long.parseLong(m.group(1))));
        return bytes;
    }

    static Path proc(long pid) {
        return Path.of("/proc", Long.toString(pid));
    }

    private static long field(List<String> statusLines, String name) {
        return statusLines.stream()
                .filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("/proc status has no " + name + ": " + statusLines));
    }
}
