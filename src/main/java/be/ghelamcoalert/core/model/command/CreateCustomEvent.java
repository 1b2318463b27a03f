package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** A stadium event someone adds by hand: a concert, a seminar, a big-screen broadcast. */
public record CreateCustomEvent(EventId id, String title, LocalDate date, LocalTime time, Optional<LocalTime> endTime)
        implements TransactionalCommand {

    public CreateCustomEvent {
        Checks.present(id, "id");
        title = Checks.customEvent(title, date, time, endTime);
    }

    @Override
    public Operation operation() {
        return Operation.CREATE_EVENT;
    }
}
