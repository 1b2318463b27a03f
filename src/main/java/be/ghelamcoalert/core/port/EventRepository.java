package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where events are kept. Calls join the caller's transaction when there is one. */
public interface EventRepository {

    Optional<Event> find(EventId id);

    /** Events starting on or after {@code from}, in order of start. */
    List<Event> startingFrom(LocalDate from);

    List<Event> all();

    /** Inserts or replaces the event with this id. */
    void save(Event event);

    /** Deletes the event and its alerts. */
    void delete(EventId id);
}
