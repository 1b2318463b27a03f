package be.ghelamcoalert.adapter.release;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A release on trial is committed when healthy, waited for within the limit, rolled back after it. */
class ReleaseTrialTest {
    private static final Instant SWITCHED = Instant.parse("2026-12-07T10:00:00Z");
    private final MutableClock clock = MutableClock.at(SWITCHED.atZone(java.time.ZoneId.of("Europe/Brussels")));
    private final ReleaseTrial trial = new ReleaseTrial(clock, SWITCHED, ReleaseTrial.DEFAULT_LIMIT);
    private final List<PartHealth> screenNotDrawn = List.of(PartHealth.starting(Part.SCREEN, SWITCHED));

    @Test
    void aHealthyKernelCommitsAtOnce() {
        assertThat(trial.judge(List.of())).isEqualTo(new ReleaseTrial.Verdict.Commit());
    }

    @Test
    void aProblemWithinTheLimitIsWaitedFor() {
        clock.advance(Duration.ofMinutes(2));

        assertThat(trial.judge(screenNotDrawn)).isEqualTo(new ReleaseTrial.Verdict.Wait(Duration.ofMinutes(1)));
    }

    @Test
    void aProblemAtTheLimitRollsBackNamingWhatDidNotComeUp() {
        clock.advance(ReleaseTrial.DEFAULT_LIMIT);

        assertThat(trial.judge(screenNotDrawn))
                .isEqualTo(new ReleaseTrial.Verdict.RollBack(
                        "not healthy 3 min after the switch: SCREEN STARTING (starting)", List.of(Part.SCREEN)));
    }

    @Test
    void aLimitOfSecondsIsNamedInSeconds() {
        var fortySeconds = new ReleaseTrial(clock, SWITCHED, Duration.ofSeconds(40));
        clock.advance(Duration.ofSeconds(40));

        assertThat(fortySeconds.judge(screenNotDrawn))
                .isEqualTo(new ReleaseTrial.Verdict.RollBack(
                        "not healthy 40 s after the switch: SCREEN STARTING (starting)", List.of(Part.SCREEN)));
    }
}
