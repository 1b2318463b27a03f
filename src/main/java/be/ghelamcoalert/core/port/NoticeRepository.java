package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notices for the lobby that stay until someone taps them away. */
public interface NoticeRepository {

    /**
     * @param text the notice in English
     * @param code the same as a code of family {@code NOTICE} and its arguments, which the screen words in its language
     */
    long add(Optional<EventId> eventId, String text, Optional<ReasonCode> code, Instant at);

    /** A notice that only has a text: every language shows it as it is. */
    default long add(Optional<EventId> eventId, String text, Instant at) {
        return add(eventId, text, Optional.empty(), at);
    }

    /** A notice the screen words in its language; its English text is kept too. */
    default long add(Optional<EventId> eventId, NoticeMessage message, Instant at) {
        return add(eventId, message.english(), Optional.of(message.reasonCode()), at);
    }

    List<Notice> unseen();

    /** @return false when there is no unseen notice with this id */
    boolean markSeen(long id, Instant at);
}
