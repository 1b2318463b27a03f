package be.ghelamcoalert.ui.dashboard;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import be.ghelamcoalert.ui.UiTestKiosk;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's logic without a JavaFX toolkit: properties only, on a real kiosk. */
@IntegrationTest
class DashboardViewModelTest {
    @TempDir
    Path dataDir;

    private UiTestKiosk test;
    private Texts texts;
    private Feedback feedback;
    private DashboardViewModel model;

    @BeforeEach
    void open() {
        test = new UiTestKiosk(dataDir);
        texts = Texts.forLanguage("nl", test.kiosk.config().deadlines().zone());
        feedback = new Feedback(test.clock);
        var work = BackgroundWork.inPlace();
        model = new DashboardViewModel(
                test.kiosk.queries(),
                new CommandRunner(test.kiosk.commands(), work, feedback, texts),
                test.clock,
                work,
                feedback);
        model.start();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aPreloadedSnapshotIsShownAtOnceAndReadAgainBehindIt() {
        var preloaded = DashboardViewModel.Snapshot.load(test.kiosk.queries());
        test.store(TestEvents.homeMatch("standard", UiTestKiosk.MATCH_DAY.plusDays(9), java.time.LocalTime.of(18, 30)));
        var queued = new ArrayList<Runnable>();
        var work = new BackgroundWork(queued::add, update -> update.run());
        var started = new DashboardViewModel(
                test.kiosk.queries(),
                new CommandRunner(test.kiosk.commands(), work, feedback, texts),
                test.clock,
                work,
                feedback);

        started.start(preloaded);

        assertThat(started.loadedProperty().get()).isTrue();
        assertThat(started.rows()).extracting(EventRow::title).noneMatch(t -> t.contains("standard"));
        assertThat(started.heroHeadlineProperty().get()).isEqualTo("Parking leeg om 17:45");
        assertThat(queued).hasSize(1);

        queued.getFirst().run();

        assertThat(started.rows()).extracting(EventRow::title).anyMatch(t -> t.contains("standard"));
    }

    @Test
    void aTbcKickoffIsShownAsProvisionalWithoutAnInventedTime() {
        test.store(TestEvents.homeMatch("standard", EventStart.timeToBeConfirmed(UiTestKiosk.MATCH_DAY.plusDays(9))));
        model.refresh();

        var row = model.rows().stream()
                .filter(r -> r.title().contains("standard"))
                .findFirst()
                .orElseThrow();
        assertThat(row.details()).contains("aftrap: uur nog niet bekend", "(voorlopig)");
        assertThat(row.details()).doesNotContain("aftrap 12:30");
    }

    @Test
    void theHeadlineNamesTheDayWhenTheDeadlineIsNotToday() {
        test.clock.set(brussels(2026, 11, 25, 9, 0));
        model.refresh();

        assertThat(model.heroHeadlineProperty().get()).isEqualTo("Parking leeg op za 28 nov om 17:45");
        assertThat(model.heroCountdownProperty().get()).isEqualTo("nog 3 d 8 u");
        assertThat(model.heroStageProperty().get()).isEqualTo(EventStage.UPCOMING);
        assertThat(model.canSnoozeProperty().get()).isFalse();
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void eachRowHasItsAlertChipsStyledByState() {
        var row = model.rows().getFirst();

        assertThat(row.chips())
                .extracting(EventRow.Chip::text)
                .containsExactly("Melding vr 27 nov 17:45", "Licht 16:45", "Te laat 17:45");
        assertThat(row.chips())
                .extracting(EventRow.Chip::style)
                .containsExactly("chip-active", "chip-active", "chip-scheduled");
        assertThat(row.stageText()).isEqualTo("LICHT AAN");
    }

    @Test
    void theTickOnlyTouchesTextThatChanged() {
        var changes = new ArrayList<String>();
        model.heroCountdownProperty().addListener((obs, old, now) -> changes.add(now));
        model.heroHeadlineProperty().addListener((obs, old, now) -> changes.add(now));

        model.tick();
        model.tick();
        test.clock.advance(Duration.ofSeconds(1));
        model.tick();

        assertThat(changes).containsExactly("nog 44 min 59 s");
    }

    @Test
    void theTickReloadsWhenAnAlertTurnsActive() {
        test.clock.set(brussels(2026, 11, 28, 16, 44).plusSeconds(59));
        model.refresh();
        assertThat(model.alertActiveProperty().get())
                .as("only the day-before notice")
                .isFalse();

        test.clock.advance(Duration.ofSeconds(1));
        model.tick();

        assertThat(model.heroStageProperty().get()).isEqualTo(EventStage.LIGHT_ON);
        assertThat(model.alertActiveProperty().get()).isTrue();
        assertThat(model.canSnoozeProperty().get()).isTrue();
    }

    @Test
    void aCalledOffEventPastItsKickoffDoesNotReloadTheStoreEverySecond() {
        test.store(TestEvents.homeMatch("cercle", UiTestKiosk.MATCH_DAY, LocalTime.of(18, 0))
                .withStatus(EventStatus.CANCELLED));
        var loads = new AtomicInteger();
        var work = new BackgroundWork(
                task -> {
                    loads.incrementAndGet();
                    task.run();
                },
                UiThread.inPlace());
        var counted = new DashboardViewModel(
                test.kiosk.queries(),
                new CommandRunner(test.kiosk.commands(), work, feedback, texts),
                test.clock,
                work,
                feedback);
        counted.start();
        test.clock.set(brussels(2026, 11, 28, 18, 5)); // after Cercle's kickoff, before Brugge's
        counted.tick();
        var rebuilt = new AtomicInteger();
        counted.rows().addListener((ListChangeListener<EventRow>) change -> rebuilt.incrementAndGet());
        loads.set(0);

        for (int second = 0; second < 60; second++) {
            test.clock.advance(Duration.ofSeconds(1));
            counted.tick();
        }

        assertThat(loads).as("store reads in a quiet minute").hasValue(0);
        assertThat(rebuilt).hasValue(0);
        assertThat(counted.rows()).extracting(EventRow::stageText).contains("AFGELAST");
    }

    @Test
    void aReloadThatFindsNothingNewRebuildsNoRow() {
        var rebuilt = new AtomicInteger();
        model.rows().addListener((ListChangeListener<EventRow>) change -> rebuilt.incrementAndGet());
        test.clock.advance(Duration.ofSeconds(30));

        model.refresh();

        assertThat(rebuilt).hasValue(0);
    }

    @Test
    void atMidnightTomorrowsDeadlineBecomesTodaysWithoutATouch() {
        test.clock.set(brussels(2026, 11, 27, 23, 59).plusSeconds(59));
        model.refresh();
        assertThat(model.heroHeadlineProperty().get()).isEqualTo("Parking leeg op za 28 nov om 17:45");

        test.clock.advance(Duration.ofSeconds(1));
        model.tick();

        assertThat(model.heroHeadlineProperty().get()).isEqualTo("Parking leeg om 17:45");
        assertThat(model.heroStageProperty().get()).isEqualTo(EventStage.TODAY);
    }

    @Test
    void aRefusedSnoozeIsShownAndChangesNothing() {
        test.clock.set(brussels(2026, 11, 28, 17, 44));
        model.refresh();
        test.clock.set(brussels(2026, 11, 28, 17, 46));

        model.snooze(Duration.ofMinutes(15));

        assertThat(feedback.errorProperty().get()).isTrue();
        assertThat(feedback.messageProperty().get())
                .isEqualTo("Niet gelukt: De deadline voor de parking is voorbij; bevestig dat de parking leeg is");
        assertThat(test.alert(UiTestKiosk.BRUGGE, AlertKind.WARNING).stateAt(test.clock.instant()))
                .isEqualTo(AlertState.ACTIVE);
    }

    @Test
    void withoutEventsTheHeroSaysSo() {
        test.kiosk.events().delete(UiTestKiosk.BRUGGE);
        model.refresh();

        assertThat(model.heroHeadlineProperty().get()).isEqualTo("Geen evenementen gepland");
        assertThat(model.heroProperty().get()).isEmpty();
        assertThat(model.rows()).isEmpty();
    }
}
