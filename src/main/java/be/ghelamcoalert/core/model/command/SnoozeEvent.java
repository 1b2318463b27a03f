package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;
import java.time.Duration;

/** Silences the active alerts of an event for a while, never past its car-park deadline. */
public record SnoozeEvent(EventId eventId, Duration duration) implements TransactionalCommand {
    public static final Duration MAX = Duration.ofHours(4);

    public SnoozeEvent {
        Checks.present(eventId, "eventId");
        Checks.positive(duration, "duration", MAX);
    }

    @Override
    public Operation operation() {
        return Operation.SNOOZE;
    }
}
