package be.ghelamcoalert.adapter.iot.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The date-times of a job document. Each carries its offset (the schemas refuse one without), so
 * it is one instant; it must lie within a horizon around now; and an event's start or end, which
 * the kiosk keeps as a wall time at the venue, must not be the second of two equal wall times of
 * the night the clocks go back, where the kiosk would read the first and move the event an hour.
 */
final class JobTimes {
    /** How far back a time may lie: a job that waited in the queue overnight still works. */
    static final Duration PAST_HORIZON = Duration.ofDays(1);
    /** How far ahead: next season's fixtures, not year 9999. */
    static final Period FUTURE_HORIZON = Period.ofYears(2);

    private final Clock clock;
    private final ZoneId zone;

    JobTimes(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws DocumentProblem when the text is no date-time with an offset or lies outside the horizon */
    OffsetDateTime instant(String field, String text) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new DocumentProblem(field, "'" + text + "' is not a valid date-time with an offset");
        }
        var now = clock.instant();
        var earliest = now.minus(PAST_HORIZON);
        var latest = now.atZone(zone).plus(FUTURE_HORIZON).toInstant();
        if (time.toInstant().isBefore(earliest)) {
            throw new DocumentProblem(
                    field,
                    "%s is more than %d hours in the past (now is %s)"
                            .formatted(text, PAST_HORIZON.toHours(), local(now)));
        }
        if (time.toInstant().isAfter(latest)) {
            throw new DocumentProblem(
                    field,
                    "%s is more than %d years ahead (the latest accepted is %s)"
                            .formatted(text, FUTURE_HORIZON.getYears(), local(latest)));
        }
        return time;
    }

    /**
     * The time as a wall time at the venue, refused when that wall time happens twice and the
     * document means the second one.
     */
    ZonedDateTime wallTime(String field, String text) {
        var time = instant(field, text);
        var local = time.atZoneSameInstant(zone);
        var offsets = zone.getRules().getValidOffsets(local.toLocalDateTime());
        if (offsets.size() > 1 && !local.getOffset().equals(offsets.getFirst())) {
            var first = local.withEarlierOffsetAtOverlap();
            throw new DocumentProblem(
                    field,
                    ("%s is the second %s of the night the clocks go back in %s: that wall time is both %s (%s) "
                                    + "and %s (%s); the kiosk keeps an event's times as wall times and would take the first, an hour early. "
                                    + "Choose a time outside that hour")
                            .formatted(
                                    text,
                                    local.toLocalTime(),
                                    zone,
                                    first.toOffsetDateTime(),
                                    first.toInstant(),
                                    local.toOffsetDateTime(),
                                    local.toInstant()));
        }
        return local;
    }

    private String local(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().withNano(0) + " " + zone;
    }
}
