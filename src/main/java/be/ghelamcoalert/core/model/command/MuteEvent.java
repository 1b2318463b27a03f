package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;

/** A muted event stays on screen but never lights the relay (e.g. a match behind closed doors). */
public record MuteEvent(EventId eventId, boolean muted) implements TransactionalCommand {

    public MuteEvent {
        Checks.present(eventId, "eventId");
    }

    @Override
    public Operation operation() {
        return muted ? Operation.MUTE : Operation.UNMUTE;
    }
}
