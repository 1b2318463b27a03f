package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventOverviewTest {
    private static final DeadlinePolicy DEADLINES = DeadlinePolicy.standard();
    private final AlertPlanner planner = new AlertPlanner(DEADLINES, AlertPolicy.standard());
    /** Sunday 6 December 2026, kickoff 20:45: notice Saturday 17:45, light 16:45, overdue and deadline 17:45. */
    private final Event match = homeMatch("brugge", LocalDate.of(2026, 12, 6), LocalTime.of(20, 45));

    @Test
    void theTurnsAreTheAlertsTheSnoozeTheDayTheDeadlineAndTheKickoff() {
        var alerts =
                snoozedLight(planner.plan(match), brussels(2026, 12, 6, 17, 5).toInstant());

        assertThat(turnsFrom(brussels(2026, 12, 4, 9, 0).toInstant(), alerts))
                .containsExactly(
                        brussels(2026, 12, 5, 17, 45).toInstant(),
                        brussels(2026, 12, 6, 0, 0).toInstant(),
                        brussels(2026, 12, 6, 16, 45).toInstant(),
                        brussels(2026, 12, 6, 17, 5).toInstant(),
                        brussels(2026, 12, 6, 17, 45).toInstant(),
                        brussels(2026, 12, 6, 20, 45).toInstant());
    }

    @Test
    void nothingChangesBetweenTwoTurns() {
        var alerts =
                snoozedLight(planner.plan(match), brussels(2026, 12, 6, 17, 5).toInstant());
        var at = brussels(2026, 12, 5, 12, 0).toInstant();
        var end = brussels(2026, 12, 6, 21, 0).toInstant();
        while (at.isBefore(end)) {
            var shown = overview(at, alerts);
            var next = shown.nextTurn().orElse(end);
            for (var t = at; t.isBefore(next) && t.isBefore(end); t = t.plus(Duration.ofMinutes(1))) {
                var later = overview(t, alerts);
                assertThat(later.stage())
                        .as("stage at " + t + " shown at " + at)
                        .isEqualTo(shown.stage());
                assertThat(later.alerts())
                        .as("alerts at " + t + " shown at " + at)
                        .isEqualTo(shown.alerts());
            }
            at = next;
        }
    }

    @Test
    void confirmedAlertsNoLongerTurn() {
        var now = brussels(2026, 12, 6, 16, 0).toInstant();
        var confirmed = planner.plan(match).stream().map(a -> a.confirmed(now)).toList();

        var shown = overview(now, confirmed);

        assertThat(shown.stage()).isEqualTo(EventStage.CLEARED);
        assertThat(shown.nextTurn())
                .as("not the light at 16:45")
                .contains(brussels(2026, 12, 6, 17, 45).toInstant());
    }

    @Test
    void aFinishedOrCalledOffEventNeverTurnsByTime() {
        assertThat(overview(brussels(2026, 12, 6, 21, 0).toInstant(), planner.plan(match))
                        .nextTurn())
                .isEmpty();

        var postponed = match.withStatus(EventStatus.POSTPONED);
        var calledOff = EventOverview.of(
                postponed,
                DEADLINES.deadlineOf(postponed),
                List.of(),
                brussels(2026, 12, 6, 17, 0).toInstant());
        assertThat(calledOff.stage()).isEqualTo(EventStage.CALLED_OFF);
        assertThat(calledOff.nextTurn()).isEmpty();
    }

    private List<Instant> turnsFrom(Instant start, List<Alert> alerts) {
        var turns = new ArrayList<Instant>();
        var next = overview(start, alerts).nextTurn();
        while (next.isPresent()) {
            turns.add(next.get());
            next = overview(next.get(), alerts).nextTurn();
        }
        return turns;
    }

    private EventOverview overview(Instant at, List<Alert> alerts) {
        return EventOverview.of(match, DEADLINES.deadlineOf(match), alerts, at);
    }

    private static List<Alert> snoozedLight(List<Alert> alerts, Instant until) {
        return alerts.stream()
                .map(a -> a.kind() == AlertKind.WARNING ? a.snoozedUntil(until) : a)
                .toList();
    }
}
