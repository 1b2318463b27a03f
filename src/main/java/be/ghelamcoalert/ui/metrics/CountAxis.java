package be.ghelamcoalert.ui.metrics;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The value axis of a chart of counts or minutes: from 0 to a round top, in whole steps of 1, 2
 * or 5 times a power of ten, at most {@link #MOST_STEPS} of them, so no tick reads "0,25" of a
 * snooze. Pure: no toolkit needed.
 */
public record CountAxis(long top, long step) {
    static final int MOST_STEPS = 5;

    /** An axis that holds {@code highest}: one step for nothing or one. */
    public static CountAxis covering(double highest) {
        long needed = Math.max(1, (long) Math.ceil(highest));
        for (long scale = 1; ; scale *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                long step = factor * scale;
                long steps = Math.ceilDiv(needed, step);
                if (steps <= MOST_STEPS) {
                    return new CountAxis(steps * step, step);
                }
            }
        }
    }

    /**
     * The highest bar the series draw: the tallest stack of a stacked chart (its series add up
     * per label), else the tallest single bar.
     */
    public static double highest(List<ChartData.Series> series, boolean stacked) {
        if (series.isEmpty()) {
            return 0;
        }
        if (!stacked) {
            return series.stream()
                    .flatMap(s -> s.points().stream())
                    .mapToDouble(ChartData.Point::value)
                    .max()
                    .orElse(0);
        }
        int labels = series.stream().mapToInt(s -> s.points().size()).max().orElse(0);
        return IntStream.range(0, labels)
                .mapToDouble(i -> series.stream()
                        .filter(s -> i < s.points().size())
                        .mapToDouble(s -> s.points().get(i).value())
                        .sum())
                .max()
                .orElse(0);
    }
}
