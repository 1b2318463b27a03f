package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.command.ReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message for the lobby that stays on screen until someone taps it away, e.g. "kickoff moved
 * Sat 15:30 → Sun 18:30, clear the car park by 15:30".
 *
 * @param text the notice in English: what logs and the cloud read, and what the screen shows when
 *             it has no words for the code
 * @param code the same as a code ({@link NoticeCode}, family {@code NOTICE}) and its arguments, so
 *             the screen can word it in its own language; empty for a notice stored before codes
 *             were kept, or one that only has a text
 */
public record Notice(
        long id,
        Optional<EventId> eventId,
        String text,
        Optional<ReasonCode> code,
        Instant createdAt,
        Optional<Instant> seenAt) {

    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(seenAt, "seenAt");
        code.ifPresent(c -> {
            if (c.family() != ReasonCode.Family.NOTICE) {
                throw new IllegalArgumentException("a notice's code must be of family NOTICE, was " + c.family());
            }
        });
    }

    /** A notice that only has its text. */
    public Notice(long id, Optional<EventId> eventId, String text, Instant createdAt, Optional<Instant> seenAt) {
        this(id, eventId, text, Optional.empty(), createdAt, seenAt);
    }

    public boolean seen() {
        return seenAt.isPresent();
    }
}
