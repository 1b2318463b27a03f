package be.ghelamcoalert.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.SettingsOverrides;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the core relies on from a {@link SettingsRepository}. */
public abstract class SettingsRepositoryContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-12-06T11:00:00Z");
    private static final NightSchedule BLANK_FROM_NINE =
            new NightSchedule(true, LocalTime.of(21, 0), LocalTime.of(7, 0), NightSchedule.Action.BLANK);

    @Test
    void nothingStoredMeansNothingChosen() {
        assertThat(store.settings().load()).isEqualTo(SettingsOverrides.none());
    }

    @Test
    void choicesOutliveARestartAndAnUnchosenSettingStaysEmpty() {
        var onlyNight = new SettingsOverrides(Optional.empty(), Optional.of(BLANK_FROM_NINE));
        store.settings().save(onlyNight, AT);

        restart();

        assertThat(store.settings().load()).isEqualTo(onlyNight);
    }

    @Test
    void savingReplacesTheEarlierChoices() {
        store.settings().save(new SettingsOverrides(Optional.of(Language.EN), Optional.of(BLANK_FROM_NINE)), AT);
        var onlyLanguage = new SettingsOverrides(Optional.of(Language.NL), Optional.empty());

        store.settings().save(onlyLanguage, AT.plusSeconds(60));

        assertThat(store.settings().load()).isEqualTo(onlyLanguage);
    }
}
