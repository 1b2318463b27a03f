package be.ghelamcoalert.config;

import be.ghelamcoalert.core.model.NightSchedule;
import java.time.Duration;
import java.time.LocalTime;

/**
 * When the screen rests at night. The screen never rests while an alert is active, and wakes on
 * a touch for {@code wakeFor}.
 *
 * @param enabled  whether the screen rests at all
 * @param from     start of the night (wall time in the venue's zone), e.g. 22:00
 * @param until    end of the night, e.g. 06:30 (may be before {@code from}: the night spans midnight)
 * @param action   DIM (a dark veil, the clock still faintly visible) or BLANK (black)
 * @param wakeFor  how long a touch keeps the screen awake at night
 */
public record NightModeSettings(
        Boolean enabled, LocalTime from, LocalTime until, NightSchedule.Action action, Duration wakeFor) {

    public NightModeSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        from = from == null ? LocalTime.of(22, 0) : from;
        until = until == null ? LocalTime.of(6, 30) : until;
        action = action == null ? NightSchedule.Action.DIM : action;
        wakeFor = wakeFor == null ? Duration.ofMinutes(2) : wakeFor;
        if (from.equals(until)) {
            throw new IllegalArgumentException("night mode 'from' and 'until' must differ (both " + from + ")");
        }
        if (wakeFor.isNegative() || wakeFor.isZero() || wakeFor.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "night mode wakeFor must be between 1 second and 1 hour, was " + wakeFor);
        }
    }

    public static NightModeSettings defaults() {
        return new NightModeSettings(null, null, null, null, null);
    }

    /** Whether {@code time} lies in the night, [from, until). */
    public boolean isNight(LocalTime time) {
        return schedule().isNight(time);
    }

    /** The schedule part, which the admin screen may override. */
    public NightSchedule schedule() {
        return new NightSchedule(enabled, from, until, action);
    }

    /** The same settings with another schedule (chosen on the admin screen); {@code wakeFor} stays. */
    public NightModeSettings with(NightSchedule schedule) {
        return new NightModeSettings(schedule.enabled(), schedule.from(), schedule.until(), schedule.action(), wakeFor);
    }
}
