package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A manual light test: the light is on from {@code startedAt} for {@code duration}. */
public record LightTest(Instant startedAt, Duration duration, Actor actor) {

    public LightTest {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(actor, "actor");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a light test must last a positive time, not " + duration);
        }
    }

    public Instant endsAt() {
        return startedAt.plus(duration);
    }

    /** Running between its start and end; a clock set back before its start ends it too. */
    public boolean runningAt(Instant now) {
        return !now.isBefore(startedAt) && now.isBefore(endsAt());
    }
}
