package be.ghelamcoalert.ui.status;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.ReleaseChange;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.ui.common.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@IntegrationTest
class StatusBarViewModelTest {
    private final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 17, 0));
    private final StatusBoard board = new StatusBoard(clock, new ChangeFeed());
    private final Texts texts = Texts.forLanguage("nl", clock.getZone());
    private final StatusBarViewModel model = new StatusBarViewModel(board, clock, texts, null);

    @Test
    void clockAndDate() {
        assertThat(model.timeProperty().get()).isEqualTo("17:00");
        assertThat(model.dateProperty().get()).isEqualTo("za 28 nov");
    }

    @Test
    void cloudOnlineOrOfflineSince() {
        assertThat(model.cloudProperty().get()).isEqualTo("Geen cloud");

        board.cloud(new CloudStatus(CloudStatus.State.ONLINE, clock.instant(), ""));
        model.refresh();
        assertThat(model.cloudProperty().get()).isEqualTo("Cloud: online");
        assertThat(model.cloudStyleProperty().get()).isEqualTo("online");

        board.cloud(new CloudStatus(
                CloudStatus.State.OFFLINE, brussels(2026, 11, 28, 14, 2).toInstant(), "timeout"));
        model.refresh();
        assertThat(model.cloudProperty().get()).isEqualTo("Cloud: offline sinds 14:02");

        board.cloud(new CloudStatus(
                CloudStatus.State.OFFLINE, brussels(2026, 11, 27, 9, 15).toInstant(), "timeout"));
        model.refresh();
        assertThat(model.cloudProperty().get()).isEqualTo("Cloud: offline sinds vr 27 nov 09:15");
    }

    @Test
    void lastGoodImportWithItsAgeAndTheSourceHealth() {
        board.fixtures(new ImportStatus(
                ImportStatus.Health.OK,
                Optional.of(brussels(2026, 11, 28, 16, 48).toInstant()),
                "17 matches"));
        model.refresh();
        assertThat(model.fixturesProperty().get()).isEqualTo("Import 16:48 (12 min geleden) · bron OK");

        board.fixtures(new ImportStatus(
                ImportStatus.Health.BROKEN,
                Optional.of(brussels(2026, 11, 28, 14, 55).toInstant()),
                "quarantined"));
        model.refresh();
        assertThat(model.fixturesProperty().get()).isEqualTo("Import 14:55 (2 u 05 min geleden) · bron stuk");
        assertThat(model.fixturesStyleProperty().get()).isEqualTo("broken");

        board.fixtures(new ImportStatus(ImportStatus.Health.FAILING, Optional.empty(), "no answer"));
        model.refresh();
        assertThat(model.fixturesProperty().get()).isEqualTo("Import: nog geen · bron faalt");
    }

    @Test
    void afterAnUpdateWasKeptTheRunningReleaseIsShownForAMinuteByTheKiosksClock() {
        clock.advance(
                Duration.ofSeconds(25)); // mid-minute: the line must go at its own time, not with the minute's redraw
        assertThat(model.releaseProperty().get()).isEmpty();

        board.release(ReleaseChange.updated(ReleaseVersion.of("1.5.0"), ReleaseVersion.of("1.4.0"), clock.instant()));
        model.refresh();

        assertThat(model.releaseProperty().get()).isEqualTo("Versie 1.5.0 draait (bijgewerkt van 1.4.0)");
        assertThat(model.releaseStyleProperty().get()).isEqualTo("updated");
        texts.use(Language.EN);
        assertThat(model.releaseProperty().get()).isEqualTo("Running version 1.5.0 (updated from 1.4.0)");

        clock.advance(ReleaseChange.SHOWN_FOR.minusSeconds(1));
        model.tick();
        assertThat(model.releaseProperty().get())
                .as("one second before the minute is over")
                .isNotEmpty();

        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(model.releaseProperty().get()).as("the minute is over").isEmpty();
        assertThat(model.releaseStyleProperty().get()).isEmpty();
    }

    @Test
    void afterARollbackTheReleaseRunningAgainIsShownAndSaysWhichUpdateWentBack() {
        board.release(
                ReleaseChange.rolledBack(ReleaseVersion.of("1.4.0"), ReleaseVersion.of("1.5.0"), clock.instant()));
        model.refresh();

        assertThat(model.releaseProperty().get()).isEqualTo("Terug op versie 1.4.0: update naar 1.5.0 teruggedraaid");
        assertThat(model.releaseStyleProperty().get()).isEqualTo("rolled-back");
        texts.use(Language.EN);
        assertThat(model.releaseProperty().get()).isEqualTo("Back on version 1.4.0: update to 1.5.0 rolled back");

        clock.advance(Duration.ofMinutes(5));
        model.tick();
        assertThat(model.releaseProperty().get()).isEmpty();
    }

    @Test
    void theLampBlinksOncePerSecondWhenTheLightBlinks() {
        board.light(new LightStatus(LightStatus.LightPattern.SLOW_BLINK, "overdue", false, "gpio write failed"));
        var states = new ArrayList<Boolean>();
        for (int i = 0; i < 4; i++) {
            model.tick();
            states.add(model.lampLitProperty().get());
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(states).containsExactly(true, false, true, false);
        assertThat(model.lampHardwareOkProperty().get()).isFalse();
        assertThat(model.lightProperty().get()).isEqualTo("Licht knippert");
    }

    @Test
    void aTickThatChangesNothingFiresNothing() {
        var changes = new ArrayList<String>();
        model.timeProperty().addListener((obs, old, now) -> changes.add(now));
        model.cloudProperty().addListener((obs, old, now) -> changes.add(now));
        model.fixturesProperty().addListener((obs, old, now) -> changes.add(now));

        for (int i = 0; i < 59; i++) {
            clock.advance(Duration.ofSeconds(1));
            model.tick();
        }
        assertThat(changes).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(changes).containsExactly("17:01");
    }
}
