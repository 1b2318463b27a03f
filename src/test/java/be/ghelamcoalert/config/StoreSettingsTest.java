package be.ghelamcoalert.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aKioskYamlWithoutAStoreSectionKeepsTheDefaults() throws Exception {
        var file = Files.writeString(dir.resolve("kiosk.yaml"), "kiosk:\n  name: Lobby\n");

        assertThat(new ConfigLoader(Map.of()).load(file).store().retentionPolicy())
                .isEqualTo(RetentionPolicy.DEFAULTS);
    }

    @Test
    void theShippedKioskYamlSaysTheDefaults() {
        var shipped = new ConfigLoader(Map.of()).load(Path.of("kiosk-config/kiosk.yaml"));

        assertThat(shipped.store().retentionPolicy()).isEqualTo(RetentionPolicy.DEFAULTS);
    }

    @Test
    void eachPeriodAndLimitCanBeSetAndOverriddenFromTheEnvironment() throws Exception {
        var file = Files.writeString(dir.resolve("kiosk.yaml"), """
                store:
                  pastEvents: P800D
                  auditLog: P30D
                  jobLedger: P60D
                  seenNotices: P7D
                  quarantinedPagesPerSource: 2
                  quarantinedPageBytes: 65536
                """);

        var store = new ConfigLoader(Map.of("GHELAMCO__STORE__SEENNOTICES", "P14D"))
                .load(file)
                .store();

        assertThat(store.retentionPolicy())
                .isEqualTo(new RetentionPolicy(
                        Duration.ofDays(800), Duration.ofDays(30), Duration.ofDays(60), Duration.ofDays(14), 2, 65536));
    }

    @Test
    void aPeriodShorterThanADayIsRefusedNamingTheKey() throws Exception {
        var file = Files.writeString(dir.resolve("kiosk.yaml"), "store:\n  auditLog: PT1H\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store")
                .hasMessageContaining("auditLog must keep at least a day");
    }
}
