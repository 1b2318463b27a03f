package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;
import static be.ghelamcoalert.adapter.persistence.Timestamps.utcOrNull;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.AlertRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Alerts in H2. On-demand DAO calls join the transaction open on this thread. */
public final class JdbiAlertRepository implements AlertRepository {
    private final AlertDao dao;
    private final Database database;

    public JdbiAlertRepository(Database database) {
        this.database = database;
        this.dao = database.jdbi().onDemand(AlertDao.class);
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return dao.find(id.value());
    }

    @Override
    public List<Alert> forEvent(EventId eventId) {
        return dao.forEvent(eventId.value());
    }

    @Override
    public List<Alert> endingAfter(Instant instant) {
        return dao.endingAfter(utc(instant));
    }

    @Override
    public void replaceForEvent(EventId eventId, List<Alert> alerts) {
        database.run(() -> {
            var stale = new HashSet<>(dao.idsForEvent(eventId.value()));
            for (var alert : alerts) {
                if (!alert.eventId().equals(eventId)) {
                    throw new IllegalArgumentException("alert " + alert.id() + " belongs to another event");
                }
                save(alert);
                stale.remove(alert.id().value());
            }
            stale.forEach(dao::delete);
        });
    }

    @Override
    public void save(Alert a) {
        dao.upsert(a.id().value(), a.eventId().value(), a.kind(), a.rule(), a.pinned(), utc(a.dueAt()), utc(a.endsAt()),
                utc(a.clearBy()), utcOrNull(a.snoozedUntil()), utcOrNull(a.confirmedAt()), a.cancelled());
    }

    @Override
    public void delete(AlertId id) {
        dao.delete(id.value());
    }
}
