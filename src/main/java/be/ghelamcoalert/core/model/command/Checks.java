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
            throw new InvalidCommandException(field, Refusal.REQUIRED);
        }
        return value;
    }

    static String text(String value, String field, int maxLength) {
        present(value, field);
        var stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidCommandException(field, Refusal.EMPTY);
        }
        if (stripped.length() > maxLength) {
            throw new InvalidCommandException(field, Refusal.TOO_LONG, maxLength);
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidCommandException(field, Refusal.CONTROL_CHARACTERS);
        }
        return stripped;
    }

    /** The longest reason (for a mute, a retime past the deadline) a lobby notice shows whole. */
    static final int MAX_REASON_LENGTH = 120;

    /** A reason, when one is given: a text like any other, at most {@value #MAX_REASON_LENGTH} characters. */
    static Optional<String> reason(Optional<String> reason) {
        return present(reason, "reason").map(r -> text(r, "reason", MAX_REASON_LENGTH));
    }

    static Duration positive(Duration value, String field, Duration max) {
        present(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidCommandException(field, Refusal.NOT_POSITIVE);
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidCommandException(field, Refusal.TOO_MANY_MINUTES, max.toMinutes());
        }
        return value;
    }

    /**
     * The fields every custom event has; returns the cleaned title. An end before the start time
     * is on the next day (see {@link Event#endsNextDay()}); an end at the start time is refused.
     */
    static String customEvent(String title, LocalDate date, LocalTime time, Optional<LocalTime> endTime) {
        var cleanTitle = text(title, "title", Event.MAX_TITLE_LENGTH);
        present(date, "date");
        present(time, "time");
        present(endTime, "endTime");
        if (endTime.isPresent() && endTime.get().equals(time)) {
            throw new InvalidCommandException("endTime", Refusal.END_NOT_AFTER_START, time);
        }
        return cleanTitle;
    }
}
