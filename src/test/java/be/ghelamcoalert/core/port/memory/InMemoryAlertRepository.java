package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.AlertRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Alerts in memory, in H2's order (by due time, then id); an alert needs its event stored, as H2's foreign key demands. */
final class InMemoryAlertRepository implements AlertRepository {
    private static final Comparator<Alert> BY_DUE =
            Comparator.comparing(Alert::dueAt).thenComparing(a -> a.id().value());

    private final InMemoryStore store;

    InMemoryAlertRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return store.read(t -> Optional.ofNullable(t.alerts.get(id)));
    }

    @Override
    public List<Alert> forEvent(EventId eventId) {
        return store.read(t -> t.alerts.values().stream()
                .filter(a -> a.eventId().equals(eventId))
                .sorted(BY_DUE)
                .toList());
    }

    @Override
    public List<Alert> endingAfter(Instant instant) {
        return store.read(t -> t.alerts.values().stream()
                .filter(a -> a.endsAt().isAfter(instant))
                .sorted(BY_DUE)
                .toList());
    }

    @Override
    public void replaceForEvent(EventId eventId, List<Alert> alerts) {
        store.write(t -> {
            t.alerts.values().removeIf(a -> a.eventId().equals(eventId));
            for (var alert : alerts) {
                if (!alert.eventId().equals(eventId)) {
                    throw new IllegalArgumentException("alert " + alert.id() + " belongs to another event");
                }
                save(t, alert);
            }
        });
    }

    @Override
    public void save(Alert alert) {
        store.write(t -> save(t, alert));
    }

    private static void save(Tables t, Alert alert) {
        t.requireEvent(alert.eventId(), "alert " + alert.id().value());
        t.alerts.put(alert.id(), alert);
    }

    @Override
    public void delete(AlertId id) {
        store.write(t -> t.alerts.remove(id));
    }
}
