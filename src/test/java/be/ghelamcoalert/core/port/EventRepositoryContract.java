package be.ghelamcoalert.core.port;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What the core relies on from an {@link EventRepository}. */
public abstract class EventRepositoryContract extends PortContract {

    @Test
    void eventsReadBackEqualInOrderOfStartWithAnUnknownKickoffFirstOnItsDay() {
        var tbc = homeMatch("standard", EventStart.timeToBeConfirmed(LocalDate.of(2027, 2, 14)));
        var evening = homeMatch("antwerp", LocalDate.of(2027, 2, 14), LocalTime.of(20, 45));
        var afternoon = homeMatch("zulte", LocalDate.of(2027, 2, 14), LocalTime.of(13, 30));
        var sameTime = homeMatch("anderlecht", LocalDate.of(2027, 2, 14), LocalTime.of(13, 30));
        var earlier = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30))
                .withMuted(true);
        var events = store.events();
        for (var event : java.util.List.of(evening, tbc, earlier, afternoon, sameTime)) {
            events.save(event);
        }

        assertThat(events.find(tbc.id())).contains(tbc);
        assertThat(events.find(earlier.id())).contains(earlier);
        assertThat(events.find(new EventId("nobody"))).isEmpty();
        assertThat(events.all()).containsExactly(earlier, tbc, sameTime, afternoon, evening);
        assertThat(events.startingFrom(LocalDate.of(2027, 2, 14)))
                .as("from the day itself")
                .containsExactly(tbc, sameTime, afternoon, evening);
        assertThat(events.startingFrom(LocalDate.of(2027, 2, 15))).isEmpty();
    }

    @Test
    void savingAnEventWithTheSameIdReplacesIt() {
        var event = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        store.events().save(event);
        store.events().save(event.withStatus(EventStatus.MOVED));

        assertThat(store.events().all())
                .singleElement()
                .extracting(e -> e.status())
                .isEqualTo(EventStatus.MOVED);
    }

    @Test
    void deletingAnEventDeletesItsAlertsAndLeavesTheOthers() {
        var planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
        var gone = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        var kept = homeMatch("genk", LocalDate.of(2027, 1, 17), LocalTime.of(18, 30));
        store.events().save(gone);
        store.events().save(kept);
        store.alerts().replaceForEvent(gone.id(), planner.plan(gone));
        store.alerts().replaceForEvent(kept.id(), planner.plan(kept));

        store.events().delete(gone.id());

        assertThat(store.events().find(gone.id())).isEmpty();
        assertThat(store.alerts().forEvent(gone.id())).isEmpty();
        assertThat(store.alerts().find(planner.plan(gone).getFirst().id())).isEmpty();
        assertThat(store.alerts().forEvent(kept.id())).isEqualTo(planner.plan(kept));
    }
}
