package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.EventRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Events in memory, in H2's order: by day, an unknown kickoff time before the known ones, then by id. */
final class InMemoryEventRepository implements EventRepository {
    static final Comparator<Event> BY_START = Comparator.<Event, LocalDate>comparing(
                    e -> e.start().date())
            .thenComparing(
                    e -> e.start().time().orElse(null), Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(e -> e.id().value());

    private final InMemoryStore store;

    InMemoryEventRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Event> find(EventId id) {
        return store.read(t -> Optional.ofNullable(t.events.get(id)));
    }

    @Override
    public List<Event> startingFrom(LocalDate from) {
        return store.read(t -> t.events.values().stream()
                .filter(e -> !e.start().date().isBefore(from))
                .sorted(BY_START)
                .toList());
    }

    @Override
    public List<Event> all() {
        return store.read(t -> t.events.values().stream().sorted(BY_START).toList());
    }

    @Override
    public void save(Event event) {
        store.write(t -> t.events.put(event.id(), event));
    }

    /** Deletes the event with its alerts and its pairing, as H2's cascading foreign keys do. */
    @Override
    public void delete(EventId id) {
        store.write(t -> {
            t.events.remove(id);
            t.alerts.values().removeIf(alert -> alert.eventId().equals(id));
            t.pairings.remove(id);
        });
    }
}
