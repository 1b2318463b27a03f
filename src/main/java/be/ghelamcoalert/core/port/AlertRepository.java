package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where alerts are kept. Calls join the caller's transaction when there is one. */
public interface AlertRepository {

    Optional<Alert> find(AlertId id);

    List<Alert> forEvent(EventId eventId);

    /** Alerts that have not ended by {@code instant}: the ones that can still matter. */
    List<Alert> endingAfter(Instant instant);

    /** Makes the event's alerts exactly {@code alerts}: saves these, deletes the others. */
    void replaceForEvent(EventId eventId, List<Alert> alerts);

    void save(Alert alert);

    void delete(AlertId id);
}
