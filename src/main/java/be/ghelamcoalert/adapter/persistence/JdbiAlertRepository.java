package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;
import static be.ghelamcoalert.adapter.persistence.Timestamps.utcOrNull;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.AlertRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Alerts in H2. Each call joins the transaction open on this thread. */
public final class JdbiAlertRepository implements AlertRepository {
    private final Database database;

    public JdbiAlertRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(AlertRows.FIND)
                        .bind("id", id.value())
                        .map(AlertRows.MAPPER)
                        .findOne());
    }

    @Override
    public List<Alert> forEvent(EventId eventId) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(AlertRows.FOR_EVENT)
                        .bind("eventId", eventId.value())
                        .map(AlertRows.MAPPER)
                        .list());
    }

    @Override
    public List<Alert> endingAfter(Instant instant) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(AlertRows.ENDING_AFTER)
                        .bind("instant", utc(instant))
                        .map(AlertRows.MAPPER)
                        .list());
    }

    @Override
    public void replaceForEvent(EventId eventId, List<Alert> alerts) {
        database.run(() -> {
            var stale = new HashSet<>(database.jdbi()
                    .withHandle(h -> h.createQuery(AlertRows.IDS_FOR_EVENT)
                            .bind("eventId", eventId.value())
                            .mapTo(String.class)
                            .list()));
            for (var alert : alerts) {
                if (!alert.eventId().equals(eventId)) {
                    throw new IllegalArgumentException("alert " + alert.id() + " belongs to another event");
                }
                save(alert);
                stale.remove(alert.id().value());
            }
            stale.forEach(id -> delete(new AlertId(id)));
        });
    }

    @Override
    public void save(Alert a) {
        database.jdbi()
                .useHandle(h -> h.createUpdate(AlertRows.UPSERT)
                        .bind("id", a.id().value())
                        .bind("eventId", a.eventId().value())
                        .bind("kind", a.kind().name())
                        .bind("rule", a.rule().orElse(null))
                        .bind("pinned", a.pinned())
                        .bind("dueAt", utc(a.dueAt()))
                        .bind("endsAt", utc(a.endsAt()))
                        .bind("clearBy", utc(a.clearBy()))
                        .bindByType("snoozedUntil", utcOrNull(a.snoozedUntil()), OffsetDateTime.class)
                        .bindByType("confirmedAt", utcOrNull(a.confirmedAt()), OffsetDateTime.class)
                        .bind("cancelled", a.cancelled())
                        .execute());
    }

    @Override
    public void delete(AlertId id) {
        database.jdbi()
                .useHandle(h ->
                        h.createUpdate(AlertRows.DELETE).bind("id", id.value()).execute());
    }
}
