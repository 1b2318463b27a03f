package be.ghelamcoalert.bench;

import be.ghelamcoalert.ui.common.Texts;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Bytes allocated per countdown text: the hero asks for one every second, all day long. A
 * measurement, not a test: the figure depends on what the JIT has compiled and inlined so far.
 *
 * <pre>bash packaging/run-benchmark.sh CountdownTextBenchmark [calls]</pre>
 */
public final class CountdownTextBenchmark {
    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not count the bytes a thread allocates");
        }
        var units = Texts.forLanguage("nl", ZoneId.of("Europe/Brussels")).durations();
        long length = 0;
        for (int round = 1; round <= 5; round++) {
            long id = Thread.currentThread().threadId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < calls; i++) {
                length += units.of(Duration.ofSeconds(2700 + i)).length();
            }
            long perCall = (threads.getThreadAllocatedBytes(id) - before) / calls;
            System.out.printf("round %d: %d bytes per countdown text (%d calls)%n", round, perCall, calls);
        }
        System.out.printf("(%d characters written)%n", length);
    }
}
