package be.ghelamcoalert.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.PinLockout;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the core relies on from a {@link PinLockoutStore}: a lockout survives a restart. */
public abstract class PinLockoutStoreContract extends PortContract {
    private static final Instant UNTIL = Instant.parse("2026-11-28T09:05:00Z");

    @Test
    void nothingStoredMeansNoLockout() {
        assertThat(store.pinLockout().load()).isEqualTo(PinLockout.none());
    }

    @Test
    void aLockoutAndTheCountOfWrongTriesOutliveARestart() {
        var locked = new PinLockout(0, 2, Optional.of(UNTIL));
        store.pinLockout().save(locked);

        restart();

        assertThat(store.pinLockout().load()).isEqualTo(locked);
        var counting = new PinLockout(3, 2, Optional.empty());
        store.pinLockout().save(counting);

        restart();

        assertThat(store.pinLockout().load()).isEqualTo(counting);
    }
}
