package be.ghelamcoalert.ui.metrics;

import be.ghelamcoalert.core.model.MetricWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive periods (hours, days or weeks in the venue's zone) ending with the one that holds
 * "now", and the sum of a metric per period. Pure: no toolkit needed.
 */
public record MetricBuckets(List<ZonedDateTime> starts, ZonedDateTime end) {

    public static MetricBuckets lastHours(Instant now, ZoneId zone, int count) {
        var current = now.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        return back(current, count, current.plusHours(1), ChronoUnit.HOURS);
    }

    public static MetricBuckets lastDays(Instant now, ZoneId zone, int count) {
        var current = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        return back(current, count, current.plusDays(1), ChronoUnit.DAYS);
    }

    /** Weeks start on Monday. */
    public static MetricBuckets lastWeeks(Instant now, ZoneId zone, int count) {
        var current = now.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone);
        return back(current, count, current.plusWeeks(1), ChronoUnit.WEEKS);
    }

    private static MetricBuckets back(ZonedDateTime current, int count, ZonedDateTime end, ChronoUnit unit) {
        var starts = new ArrayList<ZonedDateTime>();
        for (int i = count - 1; i >= 0; i--) {
            // Calendar arithmetic, so a day is a day across a DST change.
            starts.add(
                    unit == ChronoUnit.HOURS
                            ? current.minusHours(i)
                            : current.minus(i, unit).toLocalDate().atStartOfDay(current.getZone()));
        }
        return new MetricBuckets(List.copyOf(starts), end);
    }

    public Instant from() {
        return starts.getFirst().toInstant();
    }

    /** The metric summed per period; a window counts in the period its start falls in. */
    public double[] sum(List<MetricWindow> windows, String metric) {
        var sums = new double[starts.size()];
        for (var window : windows) {
            int index = indexOf(window.start());
            if (index >= 0) {
                sums[index] += window.value(metric);
            }
        }
        return sums;
    }

    /** Length of each period in seconds (23 or 25 hours on a DST day). */
    public double seconds(int index) {
        return java.time.Duration.between(starts.get(index), endOf(index)).toSeconds();
    }

    /**
     * The seconds of period {@code index} that lie before {@code until}: all of them for a period
     * that is over, none for one that has not begun, the part so far for the one in progress.
     */
    public double secondsBefore(int index, Instant until) {
        var start = starts.get(index).toInstant();
        var stop =
                until.isBefore(endOf(index).toInstant()) ? until : endOf(index).toInstant();
        return stop.isAfter(start) ? java.time.Duration.between(start, stop).toSeconds() : 0;
    }

    private ZonedDateTime endOf(int index) {
        return index + 1 < starts.size() ? starts.get(index + 1) : end;
    }

    private int indexOf(Instant at) {
        if (at.isBefore(from()) || !at.isBefore(end.toInstant())) {
            return -1;
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!at.isBefore(starts.get(i).toInstant())) {
                return i;
            }
        }
        return -1;
    }
}
