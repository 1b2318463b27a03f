package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The restart for an update never cuts the light short: it waits for a dark moment, after a grace for the job's status. */
class UpdateRestartTest {
    /** Keeps what is scheduled, with its delay, for the test to run by hand. */
    private static final class HandScheduler extends ScheduledThreadPoolExecutor {
        final Deque<Runnable> due = new ArrayDeque<>();
        final Deque<Long> delays = new ArrayDeque<>();

        HandScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            due.add(task);
            delays.add(unit.toMillis(delay));
            return null;
        }

        void runNext() {
            due.removeFirst().run();
        }
    }

    private final HandScheduler scheduler = new HandScheduler();
    private final AtomicBoolean lightOn = new AtomicBoolean(true);
    private final AtomicInteger ended = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void waitsForTheLightToGoOffAfterTheGrace() {
        var restart = new UpdateRestart(scheduler, lightOn::get, ended::incrementAndGet);

        restart.run();
        assertThat(ended).hasValue(0);
        assertThat(scheduler.delays).containsExactly(UpdateRestart.GRACE.toMillis());

        scheduler.runNext();
        scheduler.runNext();
        assertThat(ended).as("the light is on").hasValue(0);

        lightOn.set(false);
        scheduler.runNext();

        assertThat(ended).hasValue(1);
        assertThat(scheduler.due).isEmpty();
    }
}
