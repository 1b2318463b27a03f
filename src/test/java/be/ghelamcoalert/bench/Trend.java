package be.ghelamcoalert.bench;

import java.util.List;

/**
 * How a value sampled once a minute moved from a baseline minute on: the last value minus the
 * baseline's, and the least-squares slope over those minutes, per 10 minutes.
 *
 * @param change        last value minus the value at the baseline minute
 * @param slopePer10Min least-squares slope of the values from the baseline minute on, times 10
 */
record Trend(double change, double slopePer10Min) {

    /** The trend of {@code values} (value {@code i} taken at minute {@code i + 1}) from {@code baselineMinute} on. */
    static Trend of(List<Double> values, int baselineMinute) {
        if (values.size() < baselineMinute + 1) {
            throw new IllegalArgumentException("a trend from minute " + baselineMinute + " needs at least "
                    + (baselineMinute + 1) + " minutes of samples, got " + values.size());
        }
        var from = values.subList(baselineMinute - 1, values.size());
        int n = from.size();
        double meanX = (n - 1) / 2.0;
        double meanY = from.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (from.get(x) - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        return new Trend(from.get(n - 1) - from.get(0), 10 * covariance / variance);
    }
}
