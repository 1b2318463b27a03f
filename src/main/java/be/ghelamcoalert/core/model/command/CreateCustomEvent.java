package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** A stadium event someone adds by hand: a concert, a seminar, a big-screen broadcast. */
public record CreateCustomEvent(EventId id, String title, LocalDate date, LocalTime time, Optional<LocalTime> endTime)
        implements KioskCommand {

    public CreateCustomEvent {
        Checks.present(id, "id");
        title = Checks.text(title, "title", Event.MAX_TITLE_LENGTH);
        Checks.present(date, "date");
        Checks.present(time, "time");
        Checks.present(endTime, "endTime");
        if (endTime.isPresent() && !endTime.get().isAfter(time)) {
            throw new InvalidCommandException("endTime", "must be after the start time " + time);
        }
    }

    @Override
    public String operation() {
        return "create-event";
    }
}
