package be.ghelamcoalert.core.port.memory;

import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.port.AuditLog;
import java.util.List;

/** The audit log in memory: appended to, listed newest first. */
final class InMemoryAuditLog implements AuditLog {
    private final InMemoryStore store;

    InMemoryAuditLog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(AuditEntry entry) {
        store.write(t -> t.audit.add(entry));
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return store.read(t -> t.audit.reversed().stream().limit(limit).toList());
    }
}
