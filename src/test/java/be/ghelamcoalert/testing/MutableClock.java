package be.ghelamcoalert.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock that tests move by hand: time never passes on its own. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public static MutableClock at(ZonedDateTime start) {
        return new MutableClock(start.toInstant(), start.getZone());
    }

    /** A clock at a local date-time in Brussels, e.g. "2024-07-15T10:00". */
    public static MutableClock at(String brusselsDateTime) {
        return at(java.time.LocalDateTime.parse(brusselsDateTime).atZone(ZoneId.of("Europe/Brussels")));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(ZonedDateTime time) {
        now = time.toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
