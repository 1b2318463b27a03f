package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.port.NoticeRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Lobby notices in memory, listed in the order they were added. */
final class InMemoryNoticeRepository implements NoticeRepository {
    private final InMemoryStore store;

    InMemoryNoticeRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public long add(Optional<EventId> eventId, String text, Optional<ReasonCode> code, Instant at) {
        code.filter(c -> c.family() != ReasonCode.Family.NOTICE).ifPresent(c -> {
            throw new IllegalArgumentException("a notice's code must be of family NOTICE, was " + c.family());
        });
        // The store keeps a notice's code and arguments, not a field: a notice is about no document field.
        var kept = code.map(c -> new ReasonCode(ReasonCode.Family.NOTICE, c.code(), "", c.args()));
        long id = store.next(InMemoryStore.Sequence.NOTICE);
        store.write(t -> t.notices.put(id, new Notice(id, eventId, text, kept, at, Optional.empty())));
        return id;
    }

    @Override
    public List<Notice> unseen() {
        return store.read(
                t -> t.notices.values().stream().filter(n -> !n.seen()).toList());
    }

    @Override
    public boolean markSeen(long id, Instant at) {
        return store.writeAndReturn(t -> {
            var notice = t.notices.get(id);
            if (notice == null || notice.seen()) {
                return false;
            }
            t.notices.put(
                    id,
                    new Notice(
                            id, notice.eventId(), notice.text(), notice.code(), notice.createdAt(), Optional.of(at)));
            return true;
        });
    }
}
