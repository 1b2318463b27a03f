package be.ghelamcoalert.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        return new BackgroundWork(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("ui-work").daemon().factory()), ui);
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
