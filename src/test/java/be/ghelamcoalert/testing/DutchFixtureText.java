package be.ghelamcoalert.testing;

import java.time.ZonedDateTime;

/** A kickoff written as a Belgian club page writes it: "wo 9 dec." and "20u45". */
public final class DutchFixtureText {
    private static final String[] DAYS = {"ma", "di", "wo", "do", "vr", "za", "zo"};
    private static final String[] MONTHS = {
        "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."
    };

    private DutchFixtureText() {}

    public static String date(ZonedDateTime kickoff) {
        return DAYS[kickoff.getDayOfWeek().getValue() - 1] + " " + kickoff.getDayOfMonth() + " "
                + MONTHS[kickoff.getMonthValue() - 1];
    }

    public static String time(ZonedDateTime kickoff) {
        return "%du%02d".formatted(kickoff.getHour(), kickoff.getMinute());
    }
}
