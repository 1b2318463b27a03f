package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.release.ReleaseTrial;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The release on trial is judged as the kiosk runs: kept once healthy, rolled back at the limit, judged once. */
class TrialWatchTest {
    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 7, 10, 0));
    private final AtomicReference<List<PartHealth>> problems =
            new AtomicReference<>(List.of(PartHealth.starting(Part.SCREEN, clock.instant())));
    private final List<String> done = new ArrayList<>();
    private final TrialWatch watch = new TrialWatch(
            new ReleaseTrial(clock, clock.instant(), Duration.ofMinutes(3)), problems::get, new TrialWatch.Outcome() {
                @Override
                public void commit() {
                    done.add("commit");
                }

                @Override
                public void rollBack(String reason) {
                    done.add("roll back: " + reason);
                }
            });

    @Test
    void aReleaseThatComesUpHealthyWithinTheLimitIsKeptOnce() {
        watch.run();
        assertThat(watch.verdict()).isNotDone();

        clock.advance(Duration.ofMinutes(2));
        problems.set(List.of());
        watch.run();
        watch.run();

        assertThat(watch.verdict()).isCompletedWithValue(new ReleaseTrial.Verdict.Commit());
        assertThat(done).containsExactly("commit");
    }

    @Test
    void aReleaseNotHealthyAtTheLimitIsRolledBackNamingWhatDidNotComeUp() {
        clock.advance(Duration.ofMinutes(3));
        watch.run();

        assertThat(watch.verdict()).isDone();
        assertThat(done)
                .singleElement()
                .asString()
                .startsWith("roll back: not healthy 3 min after the switch: SCREEN STARTING");
    }

    @Test
    void aVerdictThatCannotBeCarriedOutIsTriedAgain() {
        var failing = new TrialWatch(
                new ReleaseTrial(clock, clock.instant(), Duration.ofMinutes(3)), List::of, new TrialWatch.Outcome() {
                    @Override
                    public void commit() throws java.io.IOException {
                        throw new java.io.IOException("read-only file system");
                    }

                    @Override
                    public void rollBack(String reason) {}
                });

        failing.run();

        assertThat(failing.verdict()).isNotDone();
    }
}
