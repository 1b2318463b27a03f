package be.ghelamcoalert.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void theMinutesBeforeTheBaselineDoNotCount() {
        // A JVM warming up for 4 minutes, then flat.
        var trend = Trend.of(List.of(10.0, 40.0, 70.0, 90.0, 100.0, 100.0, 100.0, 100.0), 5);

        assertThat(trend.change()).isZero();
        assertThat(trend.slopePer10Min()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aSteadyLeakShowsAsItsRatePerTenMinutes() {
        // about 0.5 MB a minute from minute 5 on, with noise that does not hide it.
        var trend = Trend.of(List.of(1.0, 1.0, 1.0, 1.0, 100.0, 100.7, 100.8, 101.6, 101.9, 102.5), 5);

        assertThat(trend.change()).isCloseTo(2.5, within(1e-9));
        assertThat(trend.slopePer10Min()).isCloseTo(4.8286, within(1e-4));
    }

    @Test
    void aTrendNeedsTheBaselineMinuteAndOneMore() {
        assertThatThrownBy(() -> Trend.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 5))
                .hasMessageContaining("at least 6 minutes");
    }
}
