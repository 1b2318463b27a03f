package be.ghelamcoalert.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountAxisTest {

    @Test
    void stepsAreWholeAndRoundAndTheTopHoldsTheHighestBar() {
        assertThat(CountAxis.covering(0)).isEqualTo(new CountAxis(1, 1));
        assertThat(CountAxis.covering(1)).as("one snooze: no quarter steps").isEqualTo(new CountAxis(1, 1));
        assertThat(CountAxis.covering(3)).isEqualTo(new CountAxis(3, 1));
        assertThat(CountAxis.covering(7)).isEqualTo(new CountAxis(8, 2));
        assertThat(CountAxis.covering(25.5)).isEqualTo(new CountAxis(30, 10));
        assertThat(CountAxis.covering(60)).isEqualTo(new CountAxis(60, 20));
        assertThat(CountAxis.covering(1440)).isEqualTo(new CountAxis(1500, 500));
    }

    @Test
    void neverMoreThanFiveSteps() {
        for (int highest = 0; highest <= 20_000; highest += 7) {
            var axis = CountAxis.covering(highest);
            assertThat(axis.top()).isGreaterThanOrEqualTo(highest);
            assertThat(axis.top() % axis.step()).isZero();
            assertThat(axis.top() / axis.step()).isBetween(1L, (long) CountAxis.MOST_STEPS);
        }
    }

    @Test
    void aStackedChartIsAsHighAsItsTallestStack() {
        var ok = new ChartData.Series(
                "ok", List.of(new ChartData.Point("ma 23", 3), new ChartData.Point("di 24", 24)), false);
        var failed = new ChartData.Series(
                "failed", List.of(new ChartData.Point("ma 23", 4), new ChartData.Point("di 24", 0)), false);

        assertThat(CountAxis.highest(List.of(ok, failed), true)).isEqualTo(24.0);
        assertThat(CountAxis.highest(List.of(ok, failed), false)).isEqualTo(24.0);
        assertThat(CountAxis.highest(
                        List.of(
                                new ChartData.Series("a", List.of(new ChartData.Point("x", 3)), false),
                                new ChartData.Series("b", List.of(new ChartData.Point("x", 4)), false)),
                        true))
                .isEqualTo(7.0);
        assertThat(CountAxis.highest(List.of(), true)).isZero();
    }
}
