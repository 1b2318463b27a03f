package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Changes the title or time of a custom event; its alerts follow the new time. */
public record UpdateCustomEvent(EventId id, String title, LocalDate date, LocalTime time, Optional<LocalTime> endTime)
        implements TransactionalCommand {

    public UpdateCustomEvent {
        Checks.present(id, "id");
        title = Checks.customEvent(title, date, time, endTime);
    }

    @Override
    public Operation operation() {
        return Operation.UPDATE_EVENT;
    }
}
