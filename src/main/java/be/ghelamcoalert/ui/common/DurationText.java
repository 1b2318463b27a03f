package be.ghelamcoalert.ui.common;

import java.time.Duration;

/**
 * Countdown text a person reads at a glance, with the units of the screen's language: "2 u 14 min"
 * on the Dutch screen, "2 h 14 min" on the English one, "3 min 05 s", "2 d 4 u". {@link Texts}
 * holds the one for its language; the countdown asks it every second, so it builds the text with
 * one builder and no formatter.
 */
public final class DurationText {
    private final String day;
    private final String hour;
    private final String minute;
    private final String second;

    /** The abbreviations of a day, an hour, a minute and a second ("d", "u", "min", "s"). */
    public DurationText(String day, String hour, String minute, String second) {
        this.day = day;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
    }

    /** The same to the minute ("2 u 14 min", "59 min"): for lists and ages, which need not tick every second. */
    public String toMinute(Duration duration) {
        var d = duration.abs();
        if (d.toHours() > 0) {
            return of(duration);
        }
        return start(duration).append(d.toMinutes()).append(' ').append(minute).toString();
    }

    /** To the second below an hour ("3 min 05 s"), to the minute below a day, to the hour above. */
    public String of(Duration duration) {
        var d = duration.abs();
        long days = d.toDays();
        long hours = d.toHoursPart();
        var text = start(duration);
        if (days > 0) {
            text.append(days)
                    .append(' ')
                    .append(day)
                    .append(' ')
                    .append(hours)
                    .append(' ')
                    .append(hour);
        } else if (hours > 0) {
            twoDigits(text.append(hours).append(' ').append(hour).append(' '), d.toMinutesPart())
                    .append(' ')
                    .append(minute);
        } else {
            twoDigits(text.append(d.toMinutesPart()).append(' ').append(minute).append(' '), d.toSecondsPart())
                    .append(' ')
                    .append(second);
        }
        return text.toString();
    }

    private static StringBuilder start(Duration duration) {
        var text = new StringBuilder(20);
        return duration.isNegative() ? text.append('-') : text;
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return (value < 10 ? text.append('0') : text).append(value);
    }
}
