package be.ghelamcoalert.app.health;

import java.time.Duration;

/** Durations in words for the log and systemctl status: "95 s", "250 ms". */
final class Durations {
    private Durations() {}

    static String describe(Duration duration) {
        return duration.compareTo(Duration.ofSeconds(10)) >= 0
                ? duration.toSeconds() + " s"
                : duration.toMillis() + " ms";
    }
}
