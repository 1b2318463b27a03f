package be.ghelamcoalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelgianPublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({
        "1818, 1818-03-22", // the earliest possible date
        "1943, 1943-04-25", // the latest possible date
        "2008, 2008-03-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2100, 2100-03-28"
    })
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(BelgianPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theTenHolidaysOf2026IncludeTheOnesThatFollowEaster() {
        assertThat(BelgianPublicHolidays.of(2026))
                .containsOnlyKeys(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 7, 21),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 12, 25));
        assertThat(BelgianPublicHolidays.of(2026).get(LocalDate.of(2026, 5, 14)))
                .isEqualTo("O.L.H. Hemelvaart");
    }

    @Test
    void anOrdinaryDayAndEasterSundayItselfAreNotExtraHolidays() {
        assertThat(BelgianPublicHolidays.isHoliday(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(BelgianPublicHolidays.isHoliday(LocalDate.of(2026, 4, 7))).isFalse();
        assertThat(BelgianPublicHolidays.isHoliday(LocalDate.of(2027, 5, 6))).isTrue(); // Ascension 2027
        assertThat(BelgianPublicHolidays.isHoliday(LocalDate.of(2027, 5, 17))).isTrue(); // Whit Monday 2027
        assertThat(BelgianPublicHolidays.isHoliday(LocalDate.of(2027, 5, 18))).isFalse();
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRefused() {
        assertThatThrownBy(() -> BelgianPublicHolidays.easterSunday(1500)).hasMessageContaining("from 1583");
    }
}
