package be.ghelamcoalert.core.port;

/** Counts what happens, for the metrics screen and CloudWatch. Must never block or throw. */
@FunctionalInterface
public interface MetricsRecorder {

    void add(String metric, double amount);

    default void increment(String metric) {
        add(metric, 1);
    }

    static MetricsRecorder none() {
        return (metric, amount) -> {};
    }
}
