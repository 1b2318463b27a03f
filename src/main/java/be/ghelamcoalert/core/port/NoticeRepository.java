package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Notice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notices for the lobby that stay until someone taps them away. */
public interface NoticeRepository {

    long add(Optional<EventId> eventId, String text, Instant at);

    List<Notice> unseen();

    /** @return false when there is no unseen notice with this id */
    boolean markSeen(long id, Instant at);
}
