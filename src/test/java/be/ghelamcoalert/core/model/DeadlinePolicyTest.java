package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {
    private final DeadlinePolicy policy = DeadlinePolicy.standard();

    @Test
    void carParkMustBeEmptyThreeHoursBeforeKickoff() {
        var deadline = policy.deadlineOf(homeMatch("anderlecht", LocalDate.of(2026, 12, 5), LocalTime.of(20, 45)));

        assertThat(deadline.clearBy()).isEqualTo(brussels(2026, 12, 5, 17, 45));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void unknownKickoffIsPlannedOnTheStatedAssumptionAndMarkedProvisional() {
        var deadline =
                policy.deadlineOf(homeMatch("standard", EventStart.timeToBeConfirmed(LocalDate.of(2027, 2, 14))));

        assertThat(deadline.kickoff()).isEqualTo(brussels(2027, 2, 14, 12, 30));
        assertThat(deadline.clearBy()).isEqualTo(brussels(2027, 2, 14, 9, 30));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void leadCanDifferPerKind() {
        var custom = new DeadlinePolicy(
                DeadlinePolicy.BRUSSELS,
                Duration.ofHours(3),
                Map.of(EventKind.CUSTOM, Duration.ofHours(2)),
                LocalTime.of(12, 30));

        assertThat(custom.leadFor(EventKind.CUSTOM)).isEqualTo(Duration.ofHours(2));
        assertThat(custom.leadFor(EventKind.HOME_MATCH)).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void springForwardNightCountsRealElapsedTime() {
        // 28 March 2027: clocks jump from 02:00 to 03:00. Kickoff 05:00 CEST = 03:00 UTC.
        var deadline = policy.deadlineOf(homeMatch("early", LocalDate.of(2027, 3, 28), LocalTime.of(5, 0)));

        assertThat(deadline.clearBy().toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(deadline.clearBy().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(Duration.between(deadline.clearBy(), deadline.kickoff())).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void fallBackNightPutsTheDeadlineInTheRepeatedHour() {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET. Kickoff 05:30 CET = 04:30 UTC.
        var deadline = policy.deadlineOf(homeMatch("late", LocalDate.of(2026, 10, 25), LocalTime.of(5, 30)));

        assertThat(deadline.clearBy().toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(deadline.clearBy().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(deadline.clearByInstant()).isEqualTo(java.time.Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void kickoffInTheSkippedHourMovesForward() {
        var deadline = policy.deadlineOf(homeMatch("gap", LocalDate.of(2027, 3, 28), LocalTime.of(2, 30)));

        assertThat(deadline.kickoff()).isEqualTo(brussels(2027, 3, 28, 3, 30));
    }

    @Test
    void eveningDeadlineOfAKickoffAfterMidnightFallsTheDayBefore() {
        var deadline = policy.deadlineOf(homeMatch("night", LocalDate.of(2026, 12, 31), LocalTime.of(0, 30)));

        assertThat(deadline.clearBy()).isEqualTo(brussels(2026, 12, 30, 21, 30));
    }

    @Test
    void refusesAnAbsurdLead() {
        assertThatThrownBy(() ->
                        new DeadlinePolicy(DeadlinePolicy.BRUSSELS, Duration.ofHours(30), Map.of(), LocalTime.NOON))
                .hasMessageContaining("between 0 and 24 hours");
    }
}
