package be.ghelamcoalert.ui.metrics;

import java.util.List;

/**
 * One chart, ready to draw: its series of labelled values, the unit of the axis, and a one-line
 * summary (e.g. "online 96 % · 287 heartbeats").
 */
public record ChartData(String id, String title, String unit, List<Series> series, String summary, boolean stacked) {

    /** @param percent values from 0 to 100: the axis ends at 100 */
    public record Series(String name, List<Point> points, boolean percent) {}

    public record Point(String label, double value) {}

    public ChartData {
        series = List.copyOf(series);
    }
}
