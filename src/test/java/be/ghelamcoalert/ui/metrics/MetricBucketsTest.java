package be.ghelamcoalert.ui.metrics;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.DeadlinePolicy;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class MetricBucketsTest {

    @Test
    void aDayWithTheAutumnClockChangeHas25Hours() {
        var now = brussels(2026, 10, 26, 12, 0).toInstant();
        var days = MetricBuckets.lastDays(now, DeadlinePolicy.BRUSSELS, 3);

        assertThat(days.starts())
                .extracting(d -> d.toLocalDate().getDayOfMonth())
                .containsExactly(24, 25, 26);
        assertThat(days.seconds(1)).isEqualTo(25 * 3600.0);
        assertThat(days.seconds(2)).isEqualTo(24 * 3600.0);
    }

    @Test
    void thePartOfAPeriodBeforeAMomentIsAllOfAPastOneNoneOfAFutureOneAndTheElapsedPartOfTheCurrentOne() {
        var now = brussels(2026, 11, 28, 5, 25).toInstant();
        var hours = MetricBuckets.lastHours(now, DeadlinePolicy.BRUSSELS, 3);

        assertThat(hours.secondsBefore(1, now)).isEqualTo(3600.0);
        assertThat(hours.secondsBefore(2, now)).isEqualTo(25 * 60.0);
        assertThat(hours.secondsBefore(2, brussels(2026, 11, 28, 4, 0).toInstant()))
                .isZero();

        var days = MetricBuckets.lastDays(brussels(2026, 10, 26, 12, 0).toInstant(), DeadlinePolicy.BRUSSELS, 3);
        assertThat(days.secondsBefore(1, brussels(2026, 10, 25, 4, 0).toInstant()))
                .as("past the clock change")
                .isEqualTo(5 * 3600.0);
    }

    @Test
    void weeksStartOnMonday() {
        var weeks = MetricBuckets.lastWeeks(brussels(2026, 11, 28, 17, 0).toInstant(), DeadlinePolicy.BRUSSELS, 2);

        assertThat(weeks.starts()).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(weeks.starts().getLast().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
    }
}
