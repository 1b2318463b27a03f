package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.EventId;
import java.util.Optional;

/**
 * A muted event stays on screen but never lights the relay (e.g. a match behind closed doors).
 *
 * @param reason why, shown to the lobby as a notice when muting; a remote job must give one to
 *               mute (muting silences a match), the touch screen asks for the admin PIN instead
 */
public record MuteEvent(EventId eventId, boolean muted, Optional<String> reason) implements TransactionalCommand {
    public MuteEvent {
        Checks.present(eventId, "eventId");
        reason = Checks.reason(reason);
    }

    /** Without a reason: the touch screen (behind the PIN), or unmuting. */
    public MuteEvent(EventId eventId, boolean muted) {
        this(eventId, muted, Optional.empty());
    }

    @Override
    public Operation operation() {
        return muted ? Operation.MUTE : Operation.UNMUTE;
    }
}
