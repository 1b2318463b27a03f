package be.ghelamcoalert.ui.common;

import java.time.Duration;

/** Countdown text a person reads at a glance: "2 h 14 min", "3 min 05 s", "2 d 4 h". */
public final class DurationText {
    private DurationText() {}

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
