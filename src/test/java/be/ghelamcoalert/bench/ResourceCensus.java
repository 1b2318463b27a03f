package be.ghelamcoalert.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a JVM holds, counted by kind, so that two censuses show which kind grew: threads by name
 * (numbers dropped: "pool-3-thread-7" counts as "pool-#-thread-#") from {@code jcmd Thread.print},
 * descriptors by what they point at (a file's path, "socket", "pipe", "anon_inode:[eventfd]"), and
 * live heap bytes by class from {@code jcmd GC.class_histogram}.
 */
record ResourceCensus(Map<String, Integer> threads, Map<String, Integer> descriptors, Map<String, Long> heapBytes) {
    private static final int CLASSES_SHOWN = 15;
    private static final Pattern THREAD = Pattern.compile("^\"(.*?)\"");
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final Pattern INODE = Pattern.compile("^(socket|pipe):\\[\\d+]$");

    static ResourceCensus of(long pid) {
        var dump = Jcmd.run(pid, "Thread.print");
        return new ResourceCensus(
                countBy(
                        dump.lines().map(THREAD::matcher).filter(m -> m.find()).map(m -> m.group(1)),
                        name -> NUMBERS.matcher(name).replaceAll("#")),
                descriptors(pid),
                ProcessSample.liveBytesByClass(Jcmd.run(pid, "GC.class_histogram")));
    }

    private static Map<String, Integer> descriptors(long pid) {
        try (var fds = Files.list(ProcessSample.proc(pid).resolve("fd"))) {
            return countBy(
                    fds.map(ResourceCensus::target).filter(target -> !target.isEmpty()),
                    target -> INODE.matcher(target).replaceAll("$1"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the descriptors of " + pid, e);
        }
    }

    /** Where a descriptor points; empty when it was closed while we looked. */
    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException closedMeanwhile) {
            return "";
        }
    }

    private static Map<String, Integer> countBy(Stream<String> items, Function<String, String> kind) {
        return items.collect(Collectors.groupingBy(kind, TreeMap::new, Collectors.summingInt(item -> 1)));
    }

    /** The kinds whose count changed since {@code before}, as "kind: before -> now" lines; empty when none did. */
    String changesSince(ResourceCensus before) {
        return Stream.of(
                        changes("thread", before.threads, threads),
                        changes("descriptor", before.descriptors, descriptors))
                .flatMap(Function.identity())
                .collect(Collectors.joining("\n"));
    }

    /** The classes whose live bytes grew most since {@code before}, as "class: +bytes (before -> now)" lines. */
    String heapGrowthSince(ResourceCensus before) {
        return heapBytes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.heapBytes.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(CLASSES_SHOWN)
                .map(e -> "  %-60s %+9d bytes (%d -> %d)"
                        .formatted(
                                e.getKey(),
                                e.getValue(),
                                before.heapBytes.getOrDefault(e.getKey(), 0L),
                                heapBytes.get(e.getKey())))
                .collect(Collectors.joining("\n"));
    }

    private static Stream<String> changes(String what, Map<String, Integer> before, Map<String, Integer> now) {
        var kinds = new TreeSet<>(before.keySet());
        kinds.addAll(now.keySet());
        return kinds.stream()
                .filter(kind -> !before.getOrDefault(kind, 0).equals(now.getOrDefault(kind, 0)))
                .map(kind -> "  %s %s: %d -> %d"
                        .formatted(what, kind, before.getOrDefault(kind, 0), now.getOrDefault(kind, 0)));
    }
}
