package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The health of the fixture sources, for the status bar.
 *
 * @param lastGoodImport when the data on screen was last refreshed from a healthy source
 * @param detail         e.g. "17 home matches" or "quarantined: zero rows (cookie page?)"
 */
public record ImportStatus(Health health, Optional<Instant> lastGoodImport, String detail) {

    public enum Health {
        NOT_CONFIGURED,
        UNKNOWN,
        OK,
        FAILING,
        BROKEN
    }

    public ImportStatus {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(lastGoodImport, "lastGoodImport");
        Objects.requireNonNull(detail, "detail");
    }

    public static ImportStatus notConfigured() {
        return new ImportStatus(Health.NOT_CONFIGURED, Optional.empty(), "no fixture source configured");
    }
}
