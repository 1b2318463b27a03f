package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.AuditEntry;
import java.util.List;

/** Append-only record of every action: who, what, when. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> latest(int limit);
}
