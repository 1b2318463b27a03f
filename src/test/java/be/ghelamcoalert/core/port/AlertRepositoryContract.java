package be.ghelamcoalert.core.port;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the core relies on from an {@link AlertRepository}. */
public abstract class AlertRepositoryContract extends PortContract {
    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
    private final Event match = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));

    @Test
    void alertsReadBackEqualByDueTimeAndReplacingAnEventsAlertsDropsTheOthers() {
        store.events().save(match);
        var planned = planner.plan(match);
        var snoozed = planned.get(1).snoozedUntil(planned.get(1).dueAt().plusSeconds(600));
        store.alerts().replaceForEvent(match.id(), List.of(planned.get(2), snoozed, planned.get(0)));

        assertThat(store.alerts().forEvent(match.id())).containsExactly(planned.get(0), snoozed, planned.get(2));
        assertThat(store.alerts().find(snoozed.id())).contains(snoozed);

        store.alerts().replaceForEvent(match.id(), List.of(planned.get(2)));

        assertThat(store.alerts().forEvent(match.id())).containsExactly(planned.get(2));
        assertThat(store.alerts().find(planned.get(0).id())).isEmpty();
    }

    @Test
    void endingAfterListsTheAlertsOfAllEventsThatEndLaterThanTheInstantByDueTime() {
        var other = homeMatch("genk", LocalDate.of(2027, 1, 17), LocalTime.of(18, 30));
        store.events().save(match);
        store.events().save(other);
        var planned = planner.plan(match);
        store.alerts().replaceForEvent(other.id(), planner.plan(other));
        store.alerts().replaceForEvent(match.id(), planned);
        var endingThen = planned.get(1);

        var later = store.alerts().endingAfter(endingThen.endsAt());

        assertThat(later)
                .doesNotContain(endingThen)
                .containsAll(planner.plan(other))
                .allSatisfy(alert -> assertThat(alert.endsAt()).isAfter(endingThen.endsAt()))
                .isSortedAccordingTo(java.util.Comparator.comparing(Alert::dueAt));
        assertThat(store.alerts().endingAfter(endingThen.endsAt().minusSeconds(1)))
                .contains(endingThen);
    }

    @Test
    void savingAnAlertWithTheSameIdReplacesItAndDeleteRemovesIt() {
        store.events().save(match);
        var alert = planner.plan(match).getFirst();
        store.alerts().save(alert);
        var moved = alert.pinnedAt(alert.dueAt().minus(Duration.ofHours(1)));
        store.alerts().save(moved);

        assertThat(store.alerts().forEvent(match.id())).containsExactly(moved);

        store.alerts().delete(alert.id());
        assertThat(store.alerts().find(alert.id())).isEmpty();
    }

    @Test
    void anAlertOfAnEventThatIsNotStoredIsRefused() {
        var alert = planner.plan(match).getFirst();

        assertThatThrownBy(() -> store.alerts().save(alert)).isInstanceOf(RuntimeException.class);
        assertThat(store.alerts().find(alert.id())).isEmpty();
    }

    @Test
    void replacingWithAnAlertOfAnotherEventIsRefusedAndChangesNothing() {
        var other = homeMatch("genk", LocalDate.of(2027, 1, 17), LocalTime.of(18, 30));
        store.events().save(match);
        store.events().save(other);
        var planned = planner.plan(match);
        store.alerts().replaceForEvent(match.id(), planned);
        List<Alert> mixed = List.of(planned.getFirst(), planner.plan(other).getFirst());

        assertThatThrownBy(() -> store.alerts().replaceForEvent(match.id(), mixed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.alerts().forEvent(match.id())).isEqualTo(planned);
        assertThat(store.alerts().forEvent(other.id())).isEmpty();
    }

    @Test
    void anUnknownAlertIsNotFound() {
        assertThat(store.alerts().find(new AlertId("nope/light"))).isEmpty();
    }
}
