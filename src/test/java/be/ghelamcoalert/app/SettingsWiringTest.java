package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.config.KioskSettings;
import be.ghelamcoalert.config.NightModeSettings;
import be.ghelamcoalert.config.UiSettings;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiosk.yaml's settings, and the ones chosen at the screen stored in H2 over them after a restart. */
@IntegrationTest
class SettingsWiringTest {
    private static final NightSchedule BLANK_FROM_NINE =
            new NightSchedule(true, LocalTime.of(21, 0), LocalTime.of(7, 0), NightSchedule.Action.BLANK);
    /** kiosk.yaml: English, night mode 23:00-06:00 (dimmed, the default action). */
    private static final KioskConfig CONFIG = new KioskConfig(
            new KioskSettings("Lobby", "en", Optional.empty()),
            null,
            null,
            new UiSettings(
                    null,
                    null,
                    null,
                    null,
                    new NightModeSettings(true, LocalTime.of(23, 0), LocalTime.of(6, 0), null, null),
                    null,
                    null),
            null,
            null);

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 6, 12, 0));

    @Test
    void theFileDecidesUntilAChoiceIsStoredWhichOutlivesARestart() {
        try (var kiosk = Kiosk.open(CONFIG, clock, dataDir)) {
            assertThat(kiosk.queries().settings().language()).isEqualTo(Language.EN);
            assertThat(kiosk.queries().settings().nightMode())
                    .isEqualTo(
                            new NightSchedule(true, LocalTime.of(23, 0), LocalTime.of(6, 0), NightSchedule.Action.DIM));
            kiosk.commands().execute(ChangeSettings.nightMode(BLANK_FROM_NINE), Actor.touchScreen());
        }

        try (var kiosk = Kiosk.open(CONFIG, clock, dataDir)) {
            assertThat(kiosk.queries().settings().nightMode())
                    .as("stored, over kiosk.yaml")
                    .isEqualTo(BLANK_FROM_NINE);
            assertThat(kiosk.queries().settings().language()).isEqualTo(Language.EN);
        }
    }
}
