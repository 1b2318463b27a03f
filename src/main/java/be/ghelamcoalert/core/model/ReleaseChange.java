package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The kiosk runs another release than before: an update was kept after its trial, or rolled back.
 * The status bar says so for {@link #SHOWN_FOR} from {@code at}.
 *
 * @param running the release that runs now
 * @param other   the release before the update (kept), or the one that was rolled back
 * @param at      when the kiosk knew it (the trial's verdict, or the start after the rollback)
 */
public record ReleaseChange(Kind kind, ReleaseVersion running, ReleaseVersion other, Instant at) {
    /** How long the status bar shows the change: long enough for someone passing to read it. */
    public static final Duration SHOWN_FOR = Duration.ofMinutes(1);

    public enum Kind {
        /** {@code running} replaced {@code other} and came up healthy. */
        UPDATED,
        /** {@code other} did not come up and {@code running} runs again. */
        ROLLED_BACK
    }

    public ReleaseChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(at, "at");
    }

    public static ReleaseChange updated(ReleaseVersion running, ReleaseVersion from, Instant at) {
        return new ReleaseChange(Kind.UPDATED, running, from, at);
    }

    public static ReleaseChange rolledBack(ReleaseVersion running, ReleaseVersion rolledBack, Instant at) {
        return new ReleaseChange(Kind.ROLLED_BACK, running, rolledBack, at);
    }

    /** Whether the status bar shows it at {@code now}: from {@code at}, for {@link #SHOWN_FOR}. */
    public boolean shownAt(Instant now) {
        return !now.isBefore(at) && now.isBefore(at.plus(SHOWN_FOR));
    }
}
