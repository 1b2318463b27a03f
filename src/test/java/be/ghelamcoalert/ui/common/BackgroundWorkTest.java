package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@IntegrationTest
class BackgroundWorkTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @Test
    void aSeparateWorkerRunsBesideTheScreensWorkAndHandsItsResultBackThroughTheSameBridge() throws Exception {
        var bridged = new ConcurrentLinkedQueue<String>();
        UiThread ui = update -> {
            bridged.add(Thread.currentThread().getName());
            update.run();
        };
        try (var work = BackgroundWork.singleThread(ui);
                var slow = work.separateWorker("test-slow-worker")) {
            var release = new CountDownLatch(1);
            var results = new ConcurrentLinkedQueue<String>();
            slow.submit(
                    () -> {
                        waitFor(release);
                        return "slow";
                    },
                    results::add,
                    e -> results.add("failed"));

            work.submit(() -> "quick", results::add, e -> results.add("failed"));

            await().atMost(PROMPTLY).until(() -> results.contains("quick"));
            assertThat(results).containsExactly("quick");
            release.countDown();
            await().atMost(PROMPTLY).until(() -> results.contains("slow"));
            assertThat(bridged).containsExactly("ui-work", "test-slow-worker");
        }
    }

    @Test
    void anIdleSeparateWorkerHoldsNoThreadAndStartsOneWhenWorkArrives() {
        try (var work = BackgroundWork.singleThread(UiThread.inPlace());
                var slow = work.separateWorker("test-idle-worker", Duration.ofMillis(50))) {
            assertThat(threadsNamed("test-idle-worker")).isZero();
            var results = new ConcurrentLinkedQueue<String>();

            slow.submit(() -> "first", results::add, e -> {});
            await().atMost(PROMPTLY).until(() -> results.contains("first"));
            await().atMost(PROMPTLY).until(() -> threadsNamed("test-idle-worker") == 0);

            slow.submit(() -> "second", results::add, e -> {});
            await().atMost(PROMPTLY).until(() -> results.contains("second"));
        }
    }

    @Test
    void closingASeparateWorkerEndsItsThreadEvenWhileItWorks() throws Exception {
        var work = BackgroundWork.singleThread(UiThread.inPlace());
        var slow = work.separateWorker("test-closed-worker");
        var started = new CountDownLatch(1);
        var failures = new ConcurrentLinkedQueue<RuntimeException>();
        slow.submit(
                () -> {
                    started.countDown();
                    waitFor(new CountDownLatch(1));
                    return "never";
                },
                r -> {},
                failures::add);
        assertThat(started.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS)).isTrue();

        slow.close();

        await().atMost(PROMPTLY).until(() -> threadsNamed("test-closed-worker") == 0);
        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("interrupted"));
        work.close();
    }

    @Test
    void workTheCallerQueuesStaysInTheCallersQueue() {
        List<Runnable> queued = new ArrayList<>();
        var work = new BackgroundWork(queued::add, UiThread.inPlace());
        var results = new ArrayList<String>();

        work.separateWorker("unused").submit(() -> "aside", results::add, e -> {});

        assertThat(queued).hasSize(1);
        queued.getFirst().run();
        assertThat(results).containsExactly("aside");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .count();
    }
}
