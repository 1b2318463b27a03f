package be.ghelamcoalert.ui.event;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.UiTestKiosk;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event detail without a JavaFX toolkit, on a real kiosk: it follows the clock as the dashboard does. */
@IntegrationTest
class EventDetailViewModelTest {
    @TempDir
    Path dataDir;

    private UiTestKiosk test;
    /** Every read and every command the detail hands to the background, run in place. */
    private final AtomicInteger submitted = new AtomicInteger();

    private EventDetailViewModel model;

    @BeforeEach
    void open() {
        test = new UiTestKiosk(dataDir);
        var texts = Texts.forLanguage("nl", test.kiosk.config().deadlines().zone());
        var feedback = new Feedback(test.clock);
        var work = new BackgroundWork(
                task -> {
                    submitted.incrementAndGet();
                    task.run();
                },
                UiThread.inPlace());
        model = new EventDetailViewModel(
                test.kiosk.queries(),
                new CommandRunner(test.kiosk.commands(), work, feedback, texts),
                test.clock,
                work,
                feedback);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theStageAndTheAlertStatesFollowTheClockWhileShown() {
        test.clock.set(brussels(2026, 11, 28, 16, 44).plusSeconds(59));
        model.open(BRUGGE);
        assertThat(model.stageProperty().get()).isEqualTo(EventStage.TODAY);
        assertThat(state("Licht")).isEqualTo(AlertState.SCHEDULED);

        test.clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(EventStage.LIGHT_ON);
        assertThat(model.stageTextProperty().get()).isEqualTo("LICHT AAN");
        assertThat(state("Licht")).isEqualTo(AlertState.ACTIVE);
        assertThat(item("Licht").state()).isEqualTo("actief");

        test.clock.set(brussels(2026, 11, 28, 17, 45));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(EventStage.OVERDUE);
        assertThat(state("Te laat")).isEqualTo(AlertState.ACTIVE);

        test.clock.set(brussels(2026, 11, 28, 20, 45));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(EventStage.FINISHED);
        assertThat(model.alerts()).allSatisfy(a -> {
            assertThat(a.stateValue()).isEqualTo(AlertState.EXPIRED);
            assertThat(a.editable()).isFalse();
        });
    }

    @Test
    void anAlertAddedOnTheScreenTurnsActiveAtItsTime() {
        model.open(BRUGGE);
        model.addAlert(AlertKind.NOTICE, brussels(2026, 11, 28, 17, 25));
        var added =
                model.alerts().stream().filter(AlertItem::manual).findFirst().orElseThrow();
        assertThat(added.stateValue()).isEqualTo(AlertState.SCHEDULED);

        test.clock.set(brussels(2026, 11, 28, 17, 26));
        model.tick();

        assertThat(model.alerts().stream()
                        .filter(AlertItem::manual)
                        .findFirst()
                        .orElseThrow()
                        .stateValue())
                .isEqualTo(AlertState.ACTIVE);
    }

    @Test
    void theTickReadsTheStoreOnlyWhenSomethingTurns() {
        model.open(BRUGGE);
        assertThat(submitted).hasValue(1);

        for (int i = 0; i < 600; i++) {
            test.clock.advance(Duration.ofSeconds(1));
            model.tick();
        }
        assertThat(submitted).as("17:00 to 17:10: nothing turns").hasValue(1);

        test.clock.set(brussels(2026, 11, 28, 17, 45));
        model.tick();
        model.tick();
        assertThat(submitted).as("the deadline passed: read once").hasValue(2);
        assertThat(model.stageProperty().get()).isEqualTo(EventStage.OVERDUE);
    }

    @Test
    void aClosedDetailNoLongerReads() {
        model.open(BRUGGE);
        model.close();

        test.clock.set(brussels(2026, 11, 28, 17, 45));
        model.tick();

        assertThat(submitted).hasValue(1);
    }

    @Test
    void aReloadThatDoesNotAnswerIsAskedForAgainLater() {
        var queued = new java.util.ArrayList<Runnable>();
        var feedback = new Feedback(test.clock);
        var texts = Texts.forLanguage("nl", test.kiosk.config().deadlines().zone());
        var work = new BackgroundWork(queued::add, UiThread.inPlace());
        var slow = new EventDetailViewModel(
                test.kiosk.queries(),
                new CommandRunner(test.kiosk.commands(), work, feedback, texts),
                test.clock,
                work,
                feedback);
        slow.open(BRUGGE);
        queued.removeFirst().run();

        test.clock.set(brussels(2026, 11, 28, 17, 45));
        slow.tick();
        test.clock.advance(Duration.ofSeconds(1));
        slow.tick();
        assertThat(queued).as("one read on its way").hasSize(1);

        test.clock.advance(EventDetailViewModel.RELOAD_RETRY);
        slow.tick();
        assertThat(queued).hasSize(2);
        queued.forEach(Runnable::run);
        assertThat(slow.stageProperty().get()).isEqualTo(EventStage.OVERDUE);
    }

    private AlertItem item(String kind) {
        return model.alerts().stream()
                .filter(a -> a.kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private AlertState state(String kind) {
        return item(kind).stateValue();
    }
}
