package be.ghelamcoalert.app.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * One question the {@link Watchdog} asks before it tells systemd the kiosk is healthy. An empty
 * {@link #problem()} means healthy; otherwise it says what is wrong, in words for the log and for
 * systemctl status. A probe may block or throw: the watchdog counts both as a failure.
 */
public interface HealthProbe {

    /** A short name, e.g. "alarm" or "store", that starts every problem reported for it. */
    String name();

    /** What is wrong now, or empty when healthy. */
    Optional<String> problem();

    /** A probe from a name and a check that returns what is wrong, or empty when healthy. */
    static HealthProbe of(String name, Supplier<Optional<String>> check) {
        return new HealthProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> problem() {
                return check.get();
            }

            @Override
            public String toString() {
                return "HealthProbe[" + name + "]";
            }
        };
    }

    /**
     * Healthy while {@code lastTick} (read from the same {@code clock}) is at most {@code maxAge}
     * away from now, e.g. the alarm engine's last tick. A tick that lies further ahead than
     * {@code maxAge} (the clock was set back) counts as stale too, until the next tick.
     */
    static HealthProbe recentlyTicked(String name, Clock clock, Supplier<Optional<Instant>> lastTick, Duration maxAge) {
        return of(name, () -> {
            var tick = lastTick.get();
            if (tick.isEmpty()) {
                return Optional.of("has not ticked yet");
            }
            var age = Duration.between(tick.get(), clock.instant());
            if (age.abs().compareTo(maxAge) <= 0) {
                return Optional.empty();
            }
            return Optional.of(
                    age.isNegative()
                            ? "last tick at " + tick.get() + " lies " + Durations.describe(age.negated())
                                    + " ahead of the clock"
                            : "last tick " + Durations.describe(age) + " ago (at most " + Durations.describe(maxAge)
                                    + " allowed)");
        });
    }

    /**
     * Healthy when {@code query} returns, e.g. a trivial query on the store; what it returns does
     * not matter. An exception is the problem; a query that hangs is stopped being waited for by
     * the watchdog.
     */
    static HealthProbe answers(String name, Callable<?> query) {
        return of(name, () -> {
            try {
                query.call();
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while asking");
            } catch (Exception e) {
                return Optional.of("failed: " + e);
            }
        });
    }
}
