package be.ghelamcoalert.core.model.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A custom event's times: an end before the start is the next day's, an end at the start is refused. */
class CustomEventCommandTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 19);
    private static final EventId ID = new EventId("gala");

    @Test
    void anEndLaterThatDayOrEarlierTheNextDayIsAccepted() {
        assertThat(new CreateCustomEvent(ID, "Gala", DAY, LocalTime.of(19, 30), Optional.of(LocalTime.of(23, 0)))
                        .endTime())
                .contains(LocalTime.of(23, 0));
        assertThat(new UpdateCustomEvent(ID, "Gala", DAY, LocalTime.of(22, 0), Optional.of(LocalTime.of(1, 0)))
                        .endTime())
                .contains(LocalTime.of(1, 0));
    }

    @Test
    void anEndAtTheStartIsRefusedWithTheStartTime() {
        assertThatThrownBy(() ->
                        new CreateCustomEvent(ID, "Gala", DAY, LocalTime.of(20, 0), Optional.of(LocalTime.of(20, 0))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("endTime");
                    assertThat(e.getMessage()).contains("must be after the start time 20:00");
                });
    }

    @Test
    void anEventEndsTheNextDayWhenItsEndIsNotAfterItsStart() {
        assertThat(event(EventStart.at(DAY, LocalTime.of(22, 0)), LocalTime.of(1, 0))
                        .endsNextDay())
                .isTrue();
        assertThat(event(EventStart.at(DAY, LocalTime.of(19, 30)), LocalTime.of(23, 0))
                        .endsNextDay())
                .isFalse();
        assertThat(event(EventStart.timeToBeConfirmed(DAY), LocalTime.of(1, 0)).endsNextDay())
                .as("no start time, no day to count from")
                .isFalse();
        assertThat(new Event(
                                ID,
                                "Gala",
                                EventKind.CUSTOM,
                                Optional.empty(),
                                Optional.empty(),
                                "",
                                EventStart.at(DAY, LocalTime.NOON),
                                Optional.empty(),
                                EventStatus.SCHEDULED,
                                "custom",
                                false)
                        .endsNextDay())
                .isFalse();
    }

    private static Event event(EventStart start, LocalTime end) {
        return new Event(
                ID,
                "Gala",
                EventKind.CUSTOM,
                Optional.empty(),
                Optional.empty(),
                "",
                start,
                Optional.of(end),
                EventStatus.SCHEDULED,
                "custom",
                false);
    }
}
