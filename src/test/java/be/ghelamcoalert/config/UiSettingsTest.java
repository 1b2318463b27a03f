package be.ghelamcoalert.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.NightSchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFileKeepsTheDocumentedDefaults() {
        var ui = new ConfigLoader(Map.of())
                .load(Path.of("kiosk-config/kiosk.yaml"))
                .ui();

        assertThat(ui.adminPin()).isEqualTo(UiSettings.DEFAULT_ADMIN_PIN);
        assertThat(ui.usesDefaultPin()).isTrue();
        assertThat(ui.nightMode().from()).isEqualTo(LocalTime.of(22, 0));
        assertThat(ui.nightMode().action()).isEqualTo(NightSchedule.Action.DIM);
        assertThat(ui.startScreen()).isEqualTo("dashboard");
        assertThat(ui.backToOverviewAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theTimeBeforeTheScreenGoesBackToTheOverviewIsBetweenTenSecondsAndAnHour() throws Exception {
        var ui = new ConfigLoader(Map.of("GHELAMCO__UI__BACKTOOVERVIEWAFTER", "PT45S"))
                .load(Path.of("kiosk-config/kiosk.yaml"))
                .ui();
        assertThat(ui.backToOverviewAfter()).isEqualTo(Duration.ofSeconds(45));
        assertThat(ui.toString()).contains("backToOverviewAfter=PT45S");

        var file = dir.resolve("kiosk.yaml");
        for (var wrong : new String[] {"PT5S", "PT2H", "-PT2M"}) {
            Files.writeString(file, "ui:\n  backToOverviewAfter: " + wrong + "\n");
            assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                    .as(wrong)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("key 'ui'")
                    .hasMessageContaining("backToOverviewAfter must be between 10 seconds (PT10S) and 1 hour (PT1H)");
        }
        Files.writeString(file, "ui:\n  backToOverviewAfter: soon\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("backToOverviewAfter");
    }

    @Test
    void thePinComesFromTheEnvironmentAndIsNeverPrinted() {
        var ui = new ConfigLoader(Map.of("GHELAMCO__UI__ADMINPIN", "917355"))
                .load(Path.of("kiosk-config/kiosk.yaml"))
                .ui();

        assertThat(ui.adminPin()).isEqualTo("917355");
        assertThat(ui.usesDefaultPin()).isFalse();
        assertThat(ui.toString()).doesNotContain("917355").contains("adminPin=****");
    }

    @Test
    void aBadPinOrScheduleIsRefusedNamingTheKey() throws Exception {
        var file = dir.resolve("kiosk.yaml");
        Files.writeString(file, "ui:\n  adminPin: '12a4'\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key 'ui'")
                .hasMessageContaining("adminPin must be 4 to 8 digits")
                .hasMessageNotContaining("12a4");

        Files.writeString(file, "ui:\n  nightMode:\n    from: '22:00'\n    until: '22:00'\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nightMode")
                .hasMessageContaining("must differ");

        Files.writeString(file, "ui:\n  startScreen: cellar\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file)).hasMessageContaining("startScreen");
    }

    @Test
    void aNightAcrossMidnightAndOneWithinADay() {
        var overnight = new NightModeSettings(true, LocalTime.of(22, 0), LocalTime.of(6, 30), null, null);
        assertThat(overnight.isNight(LocalTime.of(23, 0))).isTrue();
        assertThat(overnight.isNight(LocalTime.of(3, 0))).isTrue();
        assertThat(overnight.isNight(LocalTime.of(6, 30))).isFalse();
        assertThat(overnight.isNight(LocalTime.of(12, 0))).isFalse();

        var afternoon = new NightModeSettings(true, LocalTime.of(13, 0), LocalTime.of(14, 0), null, null);
        assertThat(afternoon.isNight(LocalTime.of(13, 30))).isTrue();
        assertThat(afternoon.isNight(LocalTime.of(14, 30))).isFalse();
    }
}
