package be.ghelamcoalert.app.remote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A time as an operator types it, at the venue: {@code "2026-12-06 15:45"}, or {@code 15:45} on the event's day. */
final class OperatorTime {
    private OperatorTime() {}

    /** @throws IllegalArgumentException when the text is neither form */
    static Instant at(String text, LocalDate eventDay, ZoneId zone) {
        var value = text.strip();
        try {
            if (value.length() <= 5) {
                return LocalDateTime.of(eventDay, LocalTime.parse(value.length() == 4 ? "0" + value : value))
                        .atZone(zone)
                        .toInstant();
            }
            return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--at '" + text + "' is not a time such as \"2026-12-06 15:45\" or 15:45 (on the event's day)");
        }
    }
}
