package be.ghelamcoalert.core.model;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A home match or another event at the stadium: the thing whose car-park deadline the kiosk
 * guards.
 *
 * @param competition e.g. "Jupiler Pro League"; empty for a custom event
 * @param opponent    the other team of a match; empty for a non-match
 * @param venue       where it is played, as the source names it (matched against our aliases)
 * @param endTime     optional end of a custom event; at or before the start time it is on the next
 *                    day (a concert from 20:00 to 01:00)
 * @param source      who owns the data: "demo", "custom", or the configured source's name
 * @param muted       a muted event shows on screen but never lights the relay
 */
public record Event(
        EventId id,
        String title,
        EventKind kind,
        Optional<String> competition,
        Optional<String> opponent,
        String venue,
        EventStart start,
        Optional<LocalTime> endTime,
        EventStatus status,
        String source,
        boolean muted) {

    public static final int MAX_TITLE_LENGTH = 120;

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(opponent, "opponent");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title must not be empty");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("title is longer than " + MAX_TITLE_LENGTH + " characters");
        }
    }

    public boolean isCustom() {
        return kind == EventKind.CUSTOM;
    }

    /** Whether it ends on the day after it starts: its end time is not after its start time. */
    public boolean endsNextDay() {
        return endTime.isPresent()
                && start.time().isPresent()
                && !endTime.get().isAfter(start.time().get());
    }

    public Event withStart(EventStart newStart) {
        return new Event(id, title, kind, competition, opponent, venue, newStart, endTime, status, source, muted);
    }

    public Event withStatus(EventStatus newStatus) {
        return new Event(id, title, kind, competition, opponent, venue, start, endTime, newStatus, source, muted);
    }

    public Event withMuted(boolean newMuted) {
        return new Event(id, title, kind, competition, opponent, venue, start, endTime, status, source, newMuted);
    }
}
