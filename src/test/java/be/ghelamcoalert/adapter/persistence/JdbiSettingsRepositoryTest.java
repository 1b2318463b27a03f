package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.SettingsOverrides;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only H2 shows of the settings: one row, replaced, and the table's checks (the rest: SettingsRepositoryContract). */
@IntegrationTest
class JdbiSettingsRepositoryTest {
    private static final Instant AT = Instant.parse("2026-11-28T16:00:00Z");
    private static final NightSchedule NIGHT =
            new NightSchedule(false, LocalTime.of(21, 15), LocalTime.of(5, 45), NightSchedule.Action.BLANK);

    @TempDir
    Path dataDir;

    @Test
    void choicesSurviveReopeningTheFileAndAnUnchosenSettingStaysEmpty() {
        try (var database = Database.open(dataDir)) {
            var repository = new JdbiSettingsRepository(database);
            repository.save(new SettingsOverrides(Optional.of(Language.EN), Optional.empty()), AT);
            assertThat(repository.load()).isEqualTo(new SettingsOverrides(Optional.of(Language.EN), Optional.empty()));
            repository.save(new SettingsOverrides(Optional.of(Language.EN), Optional.of(NIGHT)), AT.plusSeconds(60));
        }
        try (var database = Database.open(dataDir)) {
            assertThat(new JdbiSettingsRepository(database).load())
                    .isEqualTo(new SettingsOverrides(Optional.of(Language.EN), Optional.of(NIGHT)));
            int rows = database.jdbi()
                    .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kiosk_settings")
                            .mapTo(Integer.class)
                            .one());
            assertThat(rows).as("one row, replaced").isEqualTo(1);
        }
    }

    @Test
    void theTableRefusesAHalfNightModeOrAnUnknownLanguage() {
        try (var database = Database.open(dataDir)) {
            assertThatThrownBy(
                            () -> database.jdbi()
                                    .useHandle(
                                            h -> h.execute(
                                                    "INSERT INTO kiosk_settings (id, night_on, changed_at) VALUES (1, TRUE, CURRENT_TIMESTAMP)")))
                    .hasMessageContaining("CONSTRAINT");
            assertThatThrownBy(
                            () -> database.jdbi()
                                    .useHandle(
                                            h -> h.execute(
                                                    "INSERT INTO kiosk_settings (id, language, changed_at) VALUES (1, 'fr', CURRENT_TIMESTAMP)")))
                    .hasMessageContaining("CONSTRAINT");
            assertThat(new JdbiSettingsRepository(database).load()).isEqualTo(SettingsOverrides.none());
        }
    }
}
