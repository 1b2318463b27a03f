package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertPlannerTest {
    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());

    @Test
    void standardPolicyPlansNoticeDayBeforeLightHourBeforeAndOverdueAtTheDeadline() {
        var alerts = planner.plan(homeMatch("brugge", LocalDate.of(2026, 12, 6), LocalTime.of(20, 45)));

        assertThat(alerts)
                .extracting(Alert::kind)
                .containsExactly(AlertKind.NOTICE, AlertKind.WARNING, AlertKind.OVERDUE);
        assertThat(due(alerts, AlertKind.NOTICE))
                .isEqualTo(brussels(2026, 12, 5, 17, 45).toInstant());
        assertThat(due(alerts, AlertKind.WARNING))
                .isEqualTo(brussels(2026, 12, 6, 16, 45).toInstant());
        assertThat(due(alerts, AlertKind.OVERDUE))
                .isEqualTo(brussels(2026, 12, 6, 17, 45).toInstant());
        assertThat(alerts)
                .allSatisfy(a -> assertThat(a.endsAt())
                        .isEqualTo(brussels(2026, 12, 6, 20, 45).toInstant()));
    }

    @Test
    void dayBeforeNoticeInTheSkippedHourMovesToAfterTheJump() {
        // Kickoff Monday 29 March 2027 05:30 -> deadline 02:30 Monday; the day before, 02:30
        // on Sunday 28 March does not exist and becomes 03:30 CEST.
        var alerts = planner.plan(homeMatch("gap", LocalDate.of(2027, 3, 29), LocalTime.of(5, 30)));

        assertThat(due(alerts, AlertKind.NOTICE))
                .isEqualTo(brussels(2027, 3, 28, 3, 30).toInstant());
    }

    @Test
    void lightInTheRepeatedHourTakesTheFirstOfTheTwo() {
        // 25 October 2026, kickoff 05:30 CET: deadline 02:30 CET (01:30Z), light 60 minutes
        // earlier at 02:30 CEST (00:30Z) — the first 02:30 of the night.
        var alerts = planner.plan(homeMatch("overlap", LocalDate.of(2026, 10, 25), LocalTime.of(5, 30)));

        assertThat(due(alerts, AlertKind.WARNING)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(due(alerts, AlertKind.OVERDUE)).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void movedKickoffReplansAlertsAndDropsTheSnoozeGivenForTheOldTime() {
        var original = homeMatch("moved", LocalDate.of(2026, 12, 12), LocalTime.of(15, 30));
        var alerts = planner.plan(original);
        var lightDue = due(alerts, AlertKind.WARNING);
        var snoozed = alerts.stream()
                .map(a -> a.kind() == AlertKind.WARNING ? a.snoozedUntil(lightDue.plus(Duration.ofMinutes(15))) : a)
                .toList();

        var moved = original.withStart(EventStart.at(LocalDate.of(2026, 12, 13), LocalTime.of(18, 30)))
                .withStatus(EventStatus.MOVED);
        var replanned = planner.replan(moved, snoozed);

        var light = replanned.stream()
                .filter(a -> a.kind() == AlertKind.WARNING)
                .findFirst()
                .orElseThrow();
        assertThat(light.dueAt()).isEqualTo(brussels(2026, 12, 13, 14, 30).toInstant());
        assertThat(light.snoozedUntil()).isEmpty();
        assertThat(light.id()).isEqualTo(snoozed.get(1).id());
    }

    @Test
    void unchangedKickoffKeepsSnoozeAndConfirmation() {
        var event = homeMatch("same", LocalDate.of(2026, 12, 12), LocalTime.of(15, 30));
        var confirmed = planner.plan(event).stream()
                .map(a -> a.confirmed(Instant.parse("2026-12-12T10:00:00Z")))
                .toList();

        var replanned = planner.replan(event, confirmed);

        assertThat(replanned).allSatisfy(a -> assertThat(a.confirmedAt()).isPresent());
    }

    @Test
    void personPlacedAlertKeepsItsDistanceToTheDeadlineWhenKickoffMoves() {
        var event = homeMatch("pinned", LocalDate.of(2026, 12, 12), LocalTime.of(15, 30));
        var extra = planner.manualAlert(
                new AlertId("pinned/extra"),
                event,
                AlertKind.WARNING,
                brussels(2026, 12, 12, 10, 0).toInstant());
        var alerts = new java.util.ArrayList<>(planner.plan(event));
        alerts.add(extra);

        var later = event.withStart(EventStart.at(LocalDate.of(2026, 12, 12), LocalTime.of(18, 30)));
        var replanned = planner.replan(later, alerts);

        var moved = replanned.stream()
                .filter(a -> a.id().equals(extra.id()))
                .findFirst()
                .orElseThrow();
        assertThat(moved.dueAt()).isEqualTo(brussels(2026, 12, 12, 13, 0).toInstant());
        assertThat(replanned).hasSize(4);
    }

    @Test
    void retimedPolicyAlertIsNotPutBackByTheNextReplan() {
        var event = homeMatch("retimed", LocalDate.of(2026, 12, 12), LocalTime.of(15, 30));
        var alerts = planner.plan(event).stream()
                .map(a -> a.kind() == AlertKind.WARNING
                        ? a.pinnedAt(brussels(2026, 12, 12, 11, 0).toInstant())
                        : a)
                .toList();

        var replanned = planner.replan(event, alerts);

        assertThat(replanned).hasSize(3);
        assertThat(due(replanned, AlertKind.WARNING))
                .isEqualTo(brussels(2026, 12, 12, 11, 0).toInstant());
    }

    @Test
    void postponedEventCancelsItsAlertsAndRestoringBringsThemBack() {
        var event = homeMatch("postponed", LocalDate.of(2026, 12, 12), LocalTime.of(15, 30));
        var cancelled = planner.replan(event.withStatus(EventStatus.POSTPONED), planner.plan(event));
        assertThat(cancelled).allSatisfy(a -> assertThat(a.cancelled()).isTrue());

        var restored = planner.replan(event.withStatus(EventStatus.SCHEDULED), cancelled);
        assertThat(restored).noneMatch(Alert::cancelled);
    }

    @Test
    void provisionalPlanForTbcIsReplacedWhenTheTimeBecomesKnown() {
        var tbc = homeMatch("tbc", EventStart.timeToBeConfirmed(LocalDate.of(2027, 2, 14)));
        var provisional = planner.plan(tbc);
        assertThat(due(provisional, AlertKind.OVERDUE))
                .isEqualTo(brussels(2027, 2, 14, 9, 30).toInstant());

        var known = planner.replan(
                tbc.withStart(EventStart.at(LocalDate.of(2027, 2, 14), LocalTime.of(20, 45))), provisional);
        assertThat(due(known, AlertKind.OVERDUE))
                .isEqualTo(brussels(2027, 2, 14, 17, 45).toInstant());
    }

    private static Instant due(List<Alert> alerts, AlertKind kind) {
        return alerts.stream()
                .filter(a -> a.kind() == kind)
                .findFirst()
                .orElseThrow()
                .dueAt();
    }
}
