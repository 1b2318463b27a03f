package be.ghelamcoalert.core.service;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.DismissNotice;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.RemoveAlert;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command through the one command service, on the in-memory store's ports. */
class KioskCommandServiceTest {
    private static final EventId MATCH = new EventId("brugge");

    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 6, 12, 0));
    private final ArrayList<ChangeFeed.Topic> published = new ArrayList<>();
    private final KioskCore kiosk = new KioskCore(clock);
    private final KioskCommandService commands = kiosk.commands();

    @BeforeEach
    void storeAMatch() {
        kiosk.changes().subscribe(published::add);
        kiosk.store()
                .run(() -> kiosk.planning()
                        .store(
                                homeMatch("brugge", LocalDate.of(2026, 12, 6), LocalTime.of(20, 45)),
                                Actor.system("test"),
                                "create-event",
                                "fixture"));
    }

    @Test
    void snoozeSilencesTheActiveLightAndIsAudited() {
        clock.set(brussels(2026, 12, 6, 16, 50));

        var outcome = commands.execute(new SnoozeEvent(MATCH, Duration.ofMinutes(15)), Actor.touchScreen());

        assertThat(outcome.summary()).contains("until 17:05");
        assertThat(stateOf(AlertKind.WARNING)).isEqualTo(AlertState.SNOOZED);
        assertThat(kiosk.audit().latest(1).getFirst().action()).isEqualTo("snooze");
        assertThat(published).contains(ChangeFeed.Topic.EVENTS);
        clock.set(brussels(2026, 12, 6, 17, 5));
        assertThat(stateOf(AlertKind.WARNING)).isEqualTo(AlertState.ACTIVE);
    }

    @Test
    void snoozeIsCappedAtTheDeadlineAndTheAlertIsActiveAgainThere() {
        clock.set(brussels(2026, 12, 6, 17, 30));

        var outcome = commands.execute(new SnoozeEvent(MATCH, Duration.ofMinutes(60)), Actor.touchScreen());

        assertThat(outcome.summary()).contains("until 17:45").contains("capped at the deadline");
        clock.set(brussels(2026, 12, 6, 17, 45));
        assertThat(stateOf(AlertKind.WARNING)).isEqualTo(AlertState.ACTIVE);
        assertThat(stateOf(AlertKind.OVERDUE)).isEqualTo(AlertState.ACTIVE);
        assertThat(kiosk.queries().event(MATCH).orElseThrow().stage()).isEqualTo(EventStage.OVERDUE);
    }

    @Test
    void snoozeAfterTheDeadlineIsRefusedWithAReasonAndChangesNothing() {
        clock.set(brussels(2026, 12, 6, 18, 0));
        int auditBefore = kiosk.audit().latest(100).size();

        assertThatThrownBy(() -> commands.execute(new SnoozeEvent(MATCH, Duration.ofMinutes(15)), Actor.touchScreen()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("confirm that the car park is clear");
        assertThat(kiosk.audit().latest(100)).hasSize(auditBefore);
        assertThat(stateOf(AlertKind.OVERDUE)).isEqualTo(AlertState.ACTIVE);
    }

    @Test
    void snoozeWithNothingActiveIsRefused() {
        clock.set(brussels(2026, 12, 5, 12, 0));
        assertThatThrownBy(() -> commands.execute(new SnoozeEvent(MATCH, Duration.ofMinutes(15)), Actor.touchScreen()))
                .hasMessageContaining("nothing to snooze");
    }

    @Test
    void confirmClearSettlesEveryAlertOfTheEvent() {
        clock.set(brussels(2026, 12, 6, 17, 50));

        commands.execute(new ConfirmClear(MATCH), Actor.remoteJob("job-1"));

        var overview = kiosk.queries().event(MATCH).orElseThrow();
        assertThat(overview.stage()).isEqualTo(EventStage.CLEARED);
        assertThat(overview.alerts()).allSatisfy(a -> assertThat(a.state()).isEqualTo(AlertState.CONFIRMED));
        assertThat(kiosk.audit().latest(1).getFirst().actor()).isEqualTo(Actor.remoteJob("job-1"));
    }

    @Test
    void customEventLifeCycle() {
        var id = new EventId("custom-concert");
        commands.execute(
                new CreateCustomEvent(
                        id,
                        "Concert",
                        LocalDate.of(2026, 12, 20),
                        LocalTime.of(19, 30),
                        Optional.of(LocalTime.of(23, 0))),
                Actor.touchScreen());
        assertThat(kiosk.alerts().forEvent(id)).hasSize(3);

        assertThatThrownBy(() -> commands.execute(
                        new CreateCustomEvent(
                                id, "Again", LocalDate.of(2026, 12, 21), LocalTime.of(19, 30), Optional.empty()),
                        Actor.touchScreen()))
                .hasMessageContaining("already exists");

        commands.execute(new DeleteCustomEvent(id), Actor.touchScreen());
        assertThat(kiosk.events().find(id)).isEmpty();
        assertThat(kiosk.alerts().forEvent(id)).isEmpty();
    }

    @Test
    void importedEventsCannotBeDeletedOnlyMuted() {
        assertThatThrownBy(() -> commands.execute(new DeleteCustomEvent(MATCH), Actor.touchScreen()))
                .hasMessageContaining("mute it instead");

        commands.execute(new MuteEvent(MATCH, true), Actor.touchScreen());
        assertThat(kiosk.events().find(MATCH).orElseThrow().muted()).isTrue();
    }

    @Test
    void customEventInThePastIsRefused() {
        assertThatThrownBy(() -> commands.execute(
                        new CreateCustomEvent(
                                new EventId("old"),
                                "Old",
                                LocalDate.of(2026, 12, 1),
                                LocalTime.of(19, 30),
                                Optional.empty()),
                        Actor.touchScreen()))
                .hasMessageContaining("future");
        assertThat(kiosk.events().find(new EventId("old"))).isEmpty();
    }

    @Test
    void alertsCanBeRetimedAddedAndRemoved() {
        var light = new AlertId("brugge/light");
        commands.execute(new RetimeAlert(light, brussels(2026, 12, 6, 16, 0).toInstant()), Actor.touchScreen());
        assertThat(kiosk.alerts().find(light).orElseThrow().dueAt())
                .isEqualTo(brussels(2026, 12, 6, 16, 0).toInstant());

        var extra = new AlertId("brugge/extra");
        commands.execute(
                new AddAlert(
                        MATCH,
                        extra,
                        AlertKind.WARNING,
                        brussels(2026, 12, 6, 15, 0).toInstant()),
                Actor.touchScreen());
        assertThat(kiosk.alerts().forEvent(MATCH)).hasSize(4);

        commands.execute(new RemoveAlert(extra), Actor.touchScreen());
        commands.execute(new RemoveAlert(light), Actor.touchScreen());
        assertThat(kiosk.alerts().find(extra)).isEmpty();
        assertThat(kiosk.alerts().find(light).orElseThrow().cancelled()).isTrue();
    }

    @Test
    void alertAfterKickoffIsRefused() {
        assertThatThrownBy(() -> commands.execute(
                        new RetimeAlert(
                                new AlertId("brugge/light"),
                                brussels(2026, 12, 6, 21, 0).toInstant()),
                        Actor.touchScreen()))
                .hasMessageContaining("before kickoff");
    }

    @Test
    void unknownIdsAreNamedInTheRejection() {
        assertThatThrownBy(() -> commands.execute(new ConfirmClear(new EventId("nope")), Actor.touchScreen()))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(
                        e -> assertThat(((InvalidCommandException) e).field()).isEqualTo("eventId"));
    }

    @Test
    void refreshWithoutAFixtureSourceSaysSo() {
        assertThatThrownBy(() -> commands.execute(new RefreshFixtures(), Actor.touchScreen()))
                .hasMessageContaining("no fixture source configured");
    }

    @Test
    void noticeStaysUntilDismissed() {
        long id = kiosk.notices().add(Optional.of(MATCH), "kickoff moved", clock.instant());
        assertThat(kiosk.queries().openNotices()).hasSize(1);

        commands.execute(new DismissNotice(id), Actor.touchScreen());

        assertThat(kiosk.queries().openNotices()).isEmpty();
        assertThatThrownBy(() -> commands.execute(new DismissNotice(id), Actor.touchScreen()))
                .hasMessageContaining("no open notice");
    }

    @Test
    void workInTheSameTransactionRollsBackWithTheCommand() {
        clock.set(brussels(2026, 12, 6, 16, 50));

        assertThatThrownBy(() -> commands.execute(
                        new SnoozeEvent(MATCH, Duration.ofMinutes(15)), Actor.remoteJob("j"), outcome -> {
                            throw new IllegalStateException("recording the execution failed");
                        }))
                .hasMessageContaining("recording the execution failed");

        assertThat(stateOf(AlertKind.WARNING)).isEqualTo(AlertState.ACTIVE);
    }

    private AlertState stateOf(AlertKind kind) {
        return kiosk.queries().event(MATCH).orElseThrow().alerts().stream()
                .filter(a -> a.alert().kind() == kind)
                .findFirst()
                .orElseThrow()
                .state();
    }
}
