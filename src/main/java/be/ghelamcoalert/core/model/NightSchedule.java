package be.ghelamcoalert.core.model;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

/**
 * When the screen rests at night and how. The screen never rests while an alert is active.
 *
 * @param enabled whether the screen rests at all
 * @param from    start of the night, wall time in the venue's zone
 * @param until   end of the night; before {@code from} when the night spans midnight
 * @param action  DIM (a dark veil, the clock still faintly visible) or BLANK (black)
 */
public record NightSchedule(boolean enabled, LocalTime from, LocalTime until, Action action) {

    public enum Action {
        DIM,
        BLANK
    }

    public NightSchedule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(action, "action");
        from = from.withSecond(0).withNano(0);
        until = until.withSecond(0).withNano(0);
    }

    /** Whether {@code time} lies in the night, [from, until); never when disabled or from equals until. */
    public boolean isNight(LocalTime time) {
        if (!enabled || from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** "on 22:00-06:30 dim" or "off", for logs and the audit log. */
    public String describe() {
        return enabled ? "on " + from + "-" + until + " " + action.name().toLowerCase(Locale.ROOT) : "off";
    }
}
