package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.EventRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Events in H2. Each call joins the transaction open on this thread. */
public final class JdbiEventRepository implements EventRepository {
    private final Database database;

    public JdbiEventRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Event> find(EventId id) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(EventRows.FIND)
                        .bind("id", id.value())
                        .map(EventRows.MAPPER)
                        .findOne());
    }

    @Override
    public List<Event> startingFrom(LocalDate from) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(EventRows.STARTING_FROM)
                        .bind("from", from)
                        .map(EventRows.MAPPER)
                        .list());
    }

    @Override
    public List<Event> all() {
        return database.jdbi()
                .withHandle(
                        h -> h.createQuery(EventRows.ALL).map(EventRows.MAPPER).list());
    }

    @Override
    public void save(Event e) {
        database.jdbi()
                .useHandle(h -> h.createUpdate(EventRows.UPSERT)
                        .bind("id", e.id().value())
                        .bind("title", e.title())
                        .bind("kind", e.kind().name())
                        .bind("competition", e.competition().orElse(null))
                        .bind("opponent", e.opponent().orElse(null))
                        .bind("venue", e.venue())
                        .bind("startDate", e.start().date())
                        .bindByType("startTime", e.start().time().orElse(null), LocalTime.class)
                        .bindByType("endTime", e.endTime().orElse(null), LocalTime.class)
                        .bind("status", e.status().name())
                        .bind("source", e.source())
                        .bind("muted", e.muted())
                        .execute());
    }

    @Override
    public void delete(EventId id) {
        database.jdbi()
                .useHandle(h ->
                        h.createUpdate(EventRows.DELETE).bind("id", id.value()).execute());
    }
}
