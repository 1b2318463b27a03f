package be.ghelamcoalert.ui.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service calls off the UI thread and hands their results back through {@link UiThread}, so
 * the screen never blocks on the database or the network.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    /** How long the thread of a {@link #separateWorker separate worker} waits for more work before it ends. */
    static final Duration SEPARATE_WORKER_IDLE = Duration.ofSeconds(10);

    private final Executor executor;
    private final UiThread ui;
    private final ExecutorService owned;

    public BackgroundWork(Executor executor, UiThread ui) {
        this.executor = executor;
        this.ui = ui;
        this.owned = null;
    }

    private BackgroundWork(ExecutorService owned, UiThread ui) {
        this.executor = owned;
        this.ui = ui;
        this.owned = owned;
    }

    /** One background thread for the screen's service calls, in order. */
    public static BackgroundWork singleThread(UiThread ui) {
        return new BackgroundWork(
                Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("ui-work").daemon().factory()),
                ui);
    }

    /**
     * A worker of its own for a slow call (a fixture import with retries can take a minute), so it
     * does not hold back the screen's other calls (a snooze, a confirm) queued here; its results
     * come back through the same bridge. Its one thread starts when work arrives and ends after
     * {@link #SEPARATE_WORKER_IDLE} without work, so idle it costs nothing. Close it with the screen.
     * <p>Work handed to an executor the caller gave (tests run it in place or queue it) stays on
     * that executor.
     */
    public BackgroundWork separateWorker(String threadName) {
        return separateWorker(threadName, SEPARATE_WORKER_IDLE);
    }

    BackgroundWork separateWorker(String threadName, Duration idle) {
        if (owned == null) {
            return new BackgroundWork(executor, ui);
        }
        var pool = new ThreadPoolExecutor(
                1,
                1,
                idle.toMillis(),
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name(threadName).daemon().factory());
        pool.allowCoreThreadTimeOut(true);
        return new BackgroundWork((ExecutorService) pool, ui);
    }

    /** Same-thread work for tests of view models. */
    public static BackgroundWork inPlace() {
        return new BackgroundWork(Runnable::run, UiThread.inPlace());
    }

    public UiThread ui() {
        return ui;
    }

    public <T> void submit(Supplier<T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
        executor.execute(() -> {
            try {
                var result = work.get();
                ui.run(() -> onResult.accept(result));
            } catch (RuntimeException e) {
                LOG.debug("Background work failed: {}", e.getMessage());
                ui.run(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
