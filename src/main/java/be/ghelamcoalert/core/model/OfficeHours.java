package be.ghelamcoalert.core.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When someone is in the office to see a reminder light: on {@code days}, from {@code opens}
 * until {@code closes} local time, except on Belgian public holidays when
 * {@code closedOnPublicHolidays}.
 */
public record OfficeHours(
        Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone, boolean closedOnPublicHolidays) {

    public OfficeHours {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(zone, "zone");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "office hours must open before they close (" + opens + " - " + closes + ")");
        }
    }

    /** Monday to Friday, 07:00 to 19:00 in Brussels, closed on public holidays. */
    public static OfficeHours standard() {
        return new OfficeHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 0),
                LocalTime.of(19, 0),
                DeadlinePolicy.BRUSSELS,
                true);
    }

    /**
     * The first instant after {@code now} at which {@link #openedAt} may answer differently: the
     * opening or closing time today, the next midnight (another weekday, maybe a holiday) or a
     * change of the zone's offset, whichever comes first.
     */
    public Instant nextChangeAfter(Instant now) {
        var date = now.atZone(zone).toLocalDate();
        var next = date.plusDays(1).atStartOfDay(zone).toInstant();
        for (var time : new LocalTime[] {opens, closes}) {
            var at = ZonedDateTime.of(date, time, zone).toInstant();
            if (at.isAfter(now) && at.isBefore(next)) {
                next = at;
            }
        }
        var transition = zone.getRules().nextTransition(now);
        if (transition != null && transition.getInstant().isBefore(next)) {
            next = transition.getInstant();
        }
        return next;
    }

    public boolean isOpenAt(Instant now) {
        return openedAt(now).isPresent();
    }

    /** When the office hours that {@code now} falls in began; empty outside office hours. */
    public Optional<Instant> openedAt(Instant now) {
        var local = now.atZone(zone);
        var date = local.toLocalDate();
        if (!days.contains(date.getDayOfWeek())) {
            return Optional.empty();
        }
        if (closedOnPublicHolidays && BelgianPublicHolidays.isHoliday(date)) {
            return Optional.empty();
        }
        var time = local.toLocalTime();
        if (time.isBefore(opens) || !time.isBefore(closes)) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.of(date, opens, zone).toInstant());
    }
}
