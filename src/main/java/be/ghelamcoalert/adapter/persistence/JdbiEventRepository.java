package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.EventRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Events in H2. On-demand DAO calls join the transaction open on this thread. */
public final class JdbiEventRepository implements EventRepository {
    private static final EventDao.EventMapper MAPPER = new EventDao.EventMapper();
    private final Database database;
    private final EventDao dao;

    public JdbiEventRepository(Database database) {
        this.database = database;
        this.dao = database.jdbi().onDemand(EventDao.class);
    }

    @Override
    public Optional<Event> find(EventId id) {
        return dao.find(id.value());
    }

    @Override
    public List<Event> startingFrom(LocalDate from) {
        return dao.startingFrom(from);
    }

    @Override
    public List<Event> all() {
        // Read on every fixture import: a plain query skips the on-demand DAO's per-call proxy set-up,
        // which cost more than the query itself.
        return database.jdbi().withHandle(h -> h.createQuery(EventDao.ALL).map(MAPPER).list());
    }

    @Override
    public void save(Event e) {
        dao.upsert(e.id().value(), e.title(), e.kind(), e.competition(), e.opponent(), e.venue(), e.start().date(),
                e.start().time(), e.endTime(), e.status(), e.source(), e.muted());
    }

    @Override
    public void delete(EventId id) {
        dao.delete(id.value());
    }
}
