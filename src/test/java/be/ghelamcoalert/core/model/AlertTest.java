package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AlertTest {
    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
    private final Alert light = planner.plan(homeMatch("gent", LocalDate.of(2026, 12, 6), LocalTime.of(20, 45)))
            .get(1);

    @Test
    void goesThroughScheduledActiveExpired() {
        assertThat(light.stateAt(brussels(2026, 12, 6, 16, 44).toInstant())).isEqualTo(AlertState.SCHEDULED);
        assertThat(light.stateAt(brussels(2026, 12, 6, 16, 45).toInstant())).isEqualTo(AlertState.ACTIVE);
        assertThat(light.stateAt(brussels(2026, 12, 6, 20, 45).toInstant())).isEqualTo(AlertState.EXPIRED);
    }

    @Test
    void snoozeSilencesUntilItEndsThenTheAlertIsActiveAgain() {
        var snoozed = light.snoozedUntil(brussels(2026, 12, 6, 17, 5).toInstant());

        assertThat(snoozed.stateAt(brussels(2026, 12, 6, 17, 0).toInstant())).isEqualTo(AlertState.SNOOZED);
        assertThat(snoozed.stateAt(brussels(2026, 12, 6, 17, 5).toInstant())).isEqualTo(AlertState.ACTIVE);
    }

    @Test
    void snoozeCannotReachPastTheDeadline() {
        assertThatThrownBy(() -> light.snoozedUntil(light.clearBy().plus(Duration.ofMinutes(1))))
                .hasMessageContaining("past the car-park deadline");
    }

    @Test
    void confirmationAndCancellationWinOverTime() {
        var during = brussels(2026, 12, 6, 17, 0).toInstant();
        assertThat(light.confirmed(during).stateAt(during)).isEqualTo(AlertState.CONFIRMED);
        assertThat(light.withCancelled(true).stateAt(during)).isEqualTo(AlertState.CANCELLED);
    }

    @Test
    void anAlertMustBeDueBeforeItEnds() {
        assertThatThrownBy(() -> light.pinnedAt(light.endsAt())).hasMessageContaining("before kickoff");
    }
}
