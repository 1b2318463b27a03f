package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.Event;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Argument checks shared by the command records; each failure names its field. */
final class Checks {
    private Checks() {}

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, "is required");
        }
        return value;
    }

    static String text(String value, String field, int maxLength) {
        present(value, field);
        var stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidCommandException(field, "must not be empty");
        }
        if (stripped.length() > maxLength) {
            throw new InvalidCommandException(field, "must be at most " + maxLength + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidCommandException(field, "must not contain control characters");
        }
        return stripped;
    }

    static Duration positive(Duration value, String field, Duration max) {
        present(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidCommandException(field, "must be positive");
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidCommandException(field, "must be at most " + max.toMinutes() + " minutes");
        }
        return value;
    }

    /** The fields every custom event has; returns the cleaned title. */
    static String customEvent(String title, LocalDate date, LocalTime time, Optional<LocalTime> endTime) {
        var cleanTitle = text(title, "title", Event.MAX_TITLE_LENGTH);
        present(date, "date");
        present(time, "time");
        present(endTime, "endTime");
        if (endTime.isPresent() && !endTime.get().isAfter(time)) {
            throw new InvalidCommandException("endTime", "must be after the start time " + time);
        }
        return cleanTitle;
    }
}
