package be.ghelamcoalert.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthProbeTest {
    private final MutableClock clock = MutableClock.at("2025-03-01T12:00");
    private final AtomicReference<Optional<Instant>> lastTick = new AtomicReference<>(Optional.of(clock.instant()));
    private final HealthProbe alarm = HealthProbe.recentlyTicked("alarm", clock, lastTick::get, Duration.ofSeconds(10));

    @Test
    void aTickWithinTheMaximumAgeIsHealthy() {
        clock.advance(Duration.ofSeconds(10));

        assertThat(alarm.name()).isEqualTo("alarm");
        assertThat(alarm.problem()).isEmpty();
    }

    @Test
    void anOlderTickIsAProblemThatSaysHowOld() {
        clock.advance(Duration.ofSeconds(95));

        assertThat(alarm.problem()).contains("last tick 95 s ago (at most 10 s allowed)");
    }

    @Test
    void noTickYetIsAProblem() {
        lastTick.set(Optional.empty());

        assertThat(alarm.problem()).contains("has not ticked yet");
    }

    @Test
    void aTickFarAheadOfAClockSetBackIsAProblemUntilTheNextTick() {
        clock.advance(Duration.ofHours(-1));

        assertThat(alarm.problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("3600 s ahead of the clock"));

        lastTick.set(Optional.of(clock.instant()));

        assertThat(alarm.problem()).isEmpty();
    }

    @Test
    void aQueryThatAnswersIsHealthyWhateverItReturns() {
        assertThat(HealthProbe.answers("store", () -> 0).problem()).isEmpty();
    }

    @Test
    void aQueryThatThrowsIsAProblemWithItsCause() {
        var store = HealthProbe.answers("store", () -> {
            throw new IOException("No space left on device");
        });

        assertThat(store.problem()).contains("failed: java.io.IOException: No space left on device");
    }
}
