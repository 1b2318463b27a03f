package be.ghelamcoalert.config;

import be.ghelamcoalert.core.model.LightPolicy;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import be.ghelamcoalert.core.model.OfficeHours;
import be.ghelamcoalert.core.model.command.RunLightTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * The alarm light: the relay, when a reminder may light, and how each stage lights.
 *
 * @param relay          where the relay board hangs
 * @param officeHours    when a warning (only a reminder) may light
 * @param alwaysLight    warnings light outside office hours too
 * @param warningPattern STEADY or SLOW_BLINK
 * @param overduePattern STEADY or SLOW_BLINK
 * @param blinkPeriod    one on-and-off cycle of a slow blink, 1 to 10 seconds (relay wear)
 * @param lightTest      how long the "test light" button lights it
 */
public record AlarmSettings(
        RelaySettings relay,
        OfficeHoursSettings officeHours,
        Boolean alwaysLight,
        LightPattern warningPattern,
        LightPattern overduePattern,
        Duration blinkPeriod,
        Duration lightTest) {

    /**
     * @param pin       BCM GPIO number of the relay input (0-27; BCM 17 is header pin 11)
     * @param activeLow the board energizes its relay on a low level
     * @param chip      gpiochip name; empty: the Pi's own GPIO controller
     */
    public record RelaySettings(Integer pin, Boolean activeLow, String chip) {
        public RelaySettings {
            pin = pin == null ? 17 : pin;
            activeLow = activeLow == null ? Boolean.TRUE : activeLow;
            chip = chip == null ? "" : chip.strip();
            if (pin < 0 || pin > 27) {
                throw new IllegalArgumentException("relay pin must be a BCM GPIO number from 0 to 27, was " + pin);
            }
        }

        public static RelaySettings defaults() {
            return new RelaySettings(null, null, null);
        }
    }

    /**
     * @param days           working days, e.g. [MONDAY, TUESDAY, ...]
     * @param opens          local time the office opens
     * @param closes         local time it closes (after {@code opens})
     * @param publicHolidays true: Belgian public holidays are not office hours
     */
    public record OfficeHoursSettings(List<DayOfWeek> days, LocalTime opens, LocalTime closes, Boolean publicHolidays) {
        public OfficeHoursSettings {
            days = days == null ? List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) : List.copyOf(days);
            opens = opens == null ? LocalTime.of(7, 0) : opens;
            closes = closes == null ? LocalTime.of(19, 0) : closes;
            publicHolidays = publicHolidays == null ? Boolean.TRUE : publicHolidays;
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException(
                        "office hours must open before they close (" + opens + " - " + closes + ")");
            }
        }

        public static OfficeHoursSettings defaults() {
            return new OfficeHoursSettings(null, null, null, null);
        }

        public OfficeHours in(ZoneId zone) {
            return new OfficeHours(
                    days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days),
                    opens,
                    closes,
                    zone,
                    publicHolidays);
        }
    }

    public AlarmSettings {
        relay = relay == null ? RelaySettings.defaults() : relay;
        officeHours = officeHours == null ? OfficeHoursSettings.defaults() : officeHours;
        alwaysLight = alwaysLight == null ? Boolean.FALSE : alwaysLight;
        warningPattern = warningPattern == null ? LightPattern.STEADY : warningPattern;
        overduePattern = overduePattern == null ? LightPattern.SLOW_BLINK : overduePattern;
        blinkPeriod = blinkPeriod == null ? Duration.ofSeconds(2) : blinkPeriod;
        lightTest = lightTest == null ? RunLightTest.DEFAULT : lightTest;
        if (lightTest.compareTo(Duration.ofSeconds(1)) < 0 || lightTest.compareTo(RunLightTest.MAX) > 0) {
            throw new IllegalArgumentException(
                    "light test must last 1 second to " + RunLightTest.MAX.toMinutes() + " minutes, was " + lightTest);
        }
        policy(officeHours, alwaysLight, warningPattern, overduePattern, blinkPeriod, ZoneId.of("UTC"));
    }

    public static AlarmSettings defaults() {
        return new AlarmSettings(null, null, null, null, null, null, null);
    }

    /** The light policy in the venue's zone. */
    public LightPolicy policy(ZoneId zone) {
        return policy(officeHours, alwaysLight, warningPattern, overduePattern, blinkPeriod, zone);
    }

    /** The same settings with reminders lighting at any hour (the demo, which must light at once). */
    public AlarmSettings withAlwaysLight() {
        return new AlarmSettings(relay, officeHours, true, warningPattern, overduePattern, blinkPeriod, lightTest);
    }

    private static LightPolicy policy(
            OfficeHoursSettings officeHours,
            boolean alwaysLight,
            LightPattern warningPattern,
            LightPattern overduePattern,
            Duration blinkPeriod,
            ZoneId zone) {
        return new LightPolicy(officeHours.in(zone), alwaysLight, warningPattern, overduePattern, blinkPeriod);
    }
}
