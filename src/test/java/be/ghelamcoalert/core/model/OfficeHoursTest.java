package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {
    private final OfficeHours standard = OfficeHours.standard();

    @Test
    void openOnAWeekdayFromSevenUntilJustBeforeSeven() {
        assertThat(standard.isOpenAt(brussels(2026, 12, 9, 6, 59).toInstant())).isFalse();
        assertThat(standard.openedAt(brussels(2026, 12, 9, 7, 0).toInstant()))
                .contains(brussels(2026, 12, 9, 7, 0).toInstant());
        assertThat(standard.openedAt(brussels(2026, 12, 9, 18, 59).toInstant()))
                .contains(brussels(2026, 12, 9, 7, 0).toInstant());
        assertThat(standard.isOpenAt(brussels(2026, 12, 9, 19, 0).toInstant())).isFalse();
    }

    @Test
    void closedAtTheWeekendAndOnPublicHolidays() {
        assertThat(standard.isOpenAt(brussels(2026, 12, 6, 12, 0).toInstant()))
                .as("Sunday")
                .isFalse();
        assertThat(standard.isOpenAt(brussels(2026, 12, 25, 12, 0).toInstant()))
                .as("Christmas, a Friday")
                .isFalse();
        assertThat(standard.isOpenAt(brussels(2026, 5, 25, 12, 0).toInstant()))
                .as("Whit Monday")
                .isFalse();
    }

    @Test
    void holidaysCanBeWorkingDays() {
        var openOnHolidays = new OfficeHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 0),
                LocalTime.of(19, 0),
                DeadlinePolicy.BRUSSELS,
                false);
        assertThat(openOnHolidays.isOpenAt(brussels(2026, 12, 25, 12, 0).toInstant()))
                .isTrue();
    }

    @Test
    void localTimeIsBrusselsTimeAcrossDaylightSaving() {
        // 28 October 2026 (a Wednesday): winter time, UTC+1, so 06:30 UTC is 07:30 in Brussels.
        assertThat(standard.isOpenAt(java.time.Instant.parse("2026-10-28T06:30:00Z")))
                .isTrue();
        // 1 July 2026: summer time, UTC+2, so 04:30 UTC is 06:30 in Brussels.
        assertThat(standard.isOpenAt(java.time.Instant.parse("2026-07-01T04:30:00Z")))
                .isFalse();
    }

    @Test
    void mustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new OfficeHours(
                        EnumSet.of(DayOfWeek.MONDAY),
                        LocalTime.of(19, 0),
                        LocalTime.of(7, 0),
                        DeadlinePolicy.BRUSSELS,
                        true))
                .hasMessageContaining("open before they close");
    }
}
