package be.ghelamcoalert.core.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ten legal public holidays of Belgium, including the three that follow Easter (Easter
 * Monday, Ascension Day, Whit Monday). Pure calendar arithmetic: no table to keep up to date.
 */
public final class BelgianPublicHolidays {

    private BelgianPublicHolidays() {}

    /** The holidays of {@code year}, in calendar order, with their Dutch names. */
    public static Map<LocalDate, String> of(int year) {
        var easter = easterSunday(year);
        var days = new LinkedHashMap<LocalDate, String>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaar");
        days.put(easter.plusDays(1), "Paasmaandag");
        days.put(LocalDate.of(year, Month.MAY, 1), "Dag van de Arbeid");
        days.put(easter.plusDays(39), "O.L.H. Hemelvaart");
        days.put(easter.plusDays(50), "Pinkstermaandag");
        days.put(LocalDate.of(year, Month.JULY, 21), "Nationale feestdag");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "O.L.V. Hemelvaart");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Wapenstilstand");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Kerstmis");
        return Collections.unmodifiableMap(days);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    /**
     * Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus: the first Sunday
     * after the ecclesiastical full moon on or after 21 March.
     */
    public static LocalDate easterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("the Gregorian Easter rule applies from 1583, not " + year);
        }
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRemainder = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - leapCenturies - solarCorrection + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
        int lateCorrection = (goldenNumber + 11 * epact + 22 * weekday) / 451;
        int monthAndDay = epact + weekday - 7 * lateCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
