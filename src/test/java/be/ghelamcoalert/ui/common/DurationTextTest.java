package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void secondsOnlyInTheLastHour() {
        assertThat(DurationText.of(Duration.ofMinutes(134))).isEqualTo("2 h 14 min");
        assertThat(DurationText.of(Duration.ofSeconds(3593))).isEqualTo("59 min 53 s");
        assertThat(DurationText.of(Duration.ofHours(46))).isEqualTo("1 d 22 h");
        assertThat(DurationText.of(Duration.ofSeconds(-303))).isEqualTo("-5 min 03 s");
    }

    @Test
    void listsCountToTheMinute() {
        assertThat(DurationText.toMinute(Duration.ofSeconds(3593))).isEqualTo("59 min");
        assertThat(DurationText.toMinute(Duration.ofMinutes(134))).isEqualTo("2 h 14 min");
        assertThat(DurationText.toMinute(Duration.ofSeconds(-303))).isEqualTo("-5 min");
    }
}
