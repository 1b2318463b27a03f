package be.ghelamcoalert.ui.common;

import java.time.Duration;

/** Countdown text a person reads at a glance: "2 h 14 min", "3 min 05 s", "2 d 4 h". */
public final class DurationText {
    private DurationText() {}

    /** The same to the minute ("2 h 14 min", "59 min"): for lists, which need not tick every second. */
    public static String toMinute(Duration duration) {
        var d = duration.isNegative() ? duration.negated() : duration;
        if (d.toDays() > 0 || d.toHours() > 0) {
            return of(duration);
        }
        return (duration.isNegative() ? "-" : "") + d.toMinutes() + " min";
    }

    public static String of(Duration duration) {
        var d = duration.isNegative() ? duration.negated() : duration;
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        String text;
        if (days > 0) {
            text = days + " d " + hours + " h";
        } else if (hours > 0) {
            text = hours + " h " + String.format("%02d", minutes) + " min";
        } else {
            text = minutes + " min " + String.format("%02d", seconds) + " s";
        }
        return duration.isNegative() ? "-" + text : text;
    }
}
