package be.ghelamcoalert.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlarmSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFileSaysWhatTheDefaultsAre() {
        var shipped = new ConfigLoader(Map.of())
                .load(Path.of("kiosk-config/kiosk.yaml"))
                .alarm();

        assertThat(shipped).isEqualTo(AlarmSettings.defaults());
        assertThat(shipped.relay().pin()).isEqualTo(17);
        assertThat(shipped.relay().activeLow()).isTrue();
        assertThat(shipped.officeHours().days())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(shipped.lightTest()).isEqualTo(Duration.ofSeconds(5));
        var policy = shipped.policy(ZoneId.of("Europe/Brussels"));
        assertThat(policy.overduePattern()).isEqualTo(LightPattern.SLOW_BLINK);
        assertThat(policy.officeHours().closedOnPublicHolidays()).isTrue();
    }

    @Test
    void everySettingIsReadAndTheEnvironmentOverridesThePin() throws Exception {
        var file = write("""
                alarm:
                  relay: { pin: 27, activeLow: false, chip: gpiochip4 }
                  officeHours: { days: [saturday], opens: "09:30", closes: "12:00", publicHolidays: false }
                  alwaysLight: true
                  warningPattern: slow_blink
                  overduePattern: steady
                  blinkPeriod: PT3S
                  lightTest: PT10S
                """);

        var alarm = new ConfigLoader(Map.of("GHELAMCO__ALARM__RELAY__PIN", "22"))
                .load(file)
                .alarm();

        assertThat(alarm.relay()).isEqualTo(new AlarmSettings.RelaySettings(22, false, "gpiochip4"));
        assertThat(alarm.officeHours())
                .isEqualTo(new AlarmSettings.OfficeHoursSettings(
                        java.util.List.of(DayOfWeek.SATURDAY), LocalTime.of(9, 30), LocalTime.of(12, 0), false));
        assertThat(alarm.alwaysLight()).isTrue();
        assertThat(alarm.warningPattern()).isEqualTo(LightPattern.SLOW_BLINK);
        assertThat(alarm.blinkPeriod()).isEqualTo(Duration.ofSeconds(3));
        assertThat(alarm.lightTest()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aBlinkTooFastForTheRelayIsRefusedNamingTheSection() throws Exception {
        var file = write("alarm:\n  blinkPeriod: PT0.2S\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alarm")
                .hasMessageContaining("blink period must be between 1 and 10 seconds");
    }

    @Test
    void badPinsHoursPatternsAndTestsAreRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(write("alarm:\n  relay: { pin: 31 }\n")))
                .hasMessageContaining("alarm.relay")
                .hasMessageContaining("from 0 to 27, was 31");
        assertThatThrownBy(() -> new ConfigLoader(Map.of())
                        .load(write("alarm:\n  officeHours: { opens: \"19:00\", closes: \"07:00\" }\n")))
                .hasMessageContaining("open before they close");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(write("alarm:\n  overduePattern: \"OFF\"\n")))
                .hasMessageContaining("STEADY or SLOW_BLINK");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(write("alarm:\n  lightTest: PT10M\n")))
                .hasMessageContaining("light test must last 1 second to 2 minutes");
    }

    private Path write(String yaml) throws Exception {
        var file = dir.resolve("kiosk-" + System.nanoTime() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
