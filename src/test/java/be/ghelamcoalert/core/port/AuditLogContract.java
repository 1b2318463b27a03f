package be.ghelamcoalert.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.EventId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the core relies on from an {@link AuditLog}. */
public abstract class AuditLogContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void entriesReadBackEqualNewestFirstUpToTheLimit() {
        var first = new AuditEntry(AT, Actor.touchScreen(), "mute", Optional.of(new EventId("brugge")), "muted");
        var second = new AuditEntry(
                AT, Actor.remoteJob("job-1", Optional.of("facility-desk")), "snooze", Optional.empty(), "15 minutes");
        var third = new AuditEntry(
                AT.plusSeconds(1), Actor.system("alarm"), "light-on", Optional.empty(), "détail — ünïcode");
        store.audit().append(first);
        store.audit().append(second);
        store.audit().append(third);

        assertThat(store.audit().latest(10)).containsExactly(third, second, first);
        assertThat(store.audit().latest(2)).containsExactly(third, second);
        assertThat(store.audit().latest(0)).isEmpty();
    }
}
