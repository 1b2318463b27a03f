package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the store, and when its file is damaged (H2: "file corrupted", a torn card sector) moves
 * the file aside, starts with an empty store and says so loudly: in the log, and on the status bar
 * and in the cloud until the next restart (the store part stays degraded). Without this the kiosk
 * would fail to start over and over, and light nothing. The damaged file is kept for recovery
 * with H2's tools; nothing is deleted.
 */
final class StoreOpening {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOpening.class);
    /** H2's error code for a file it cannot read ({@code ErrorCode.FILE_CORRUPTED_1}). */
    static final int FILE_CORRUPTED = 90030;

    private StoreOpening() {}

    static Kiosk open(KioskConfig config, Clock clock, Path directory) {
        try {
            return Kiosk.open(config, clock, directory);
        } catch (RuntimeException e) {
            if (!corrupted(e)) {
                throw e;
            }
            var store = directory.resolve(Database.STORE_FILE);
            var aside = directory.resolve(Database.STORE_FILE + ".damaged-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                            .withZone(clock.getZone())
                            .format(clock.instant()));
            moveAside(store, aside);
            LOG.error(
                    "THE STORE WAS DAMAGED and cannot be read: {} moved aside to {}; the kiosk starts with an EMPTY store. "
                            + "Events come back with the next fixture import; custom events must be entered again.",
                    store,
                    aside,
                    e);
            var kiosk = Kiosk.open(config, clock, directory);
            kiosk.status()
                    .report(PartHealth.degraded(
                            Part.STORE,
                            clock.instant(),
                            "the store file was damaged and moved aside to " + aside
                                    + "; started with an empty store"));
            return kiosk;
        }
    }

    static boolean corrupted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED) {
                return true;
            }
        }
        return false;
    }

    private static void moveAside(Path store, Path aside) {
        try {
            Files.move(store, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("The store " + store + " is damaged and cannot be moved aside", e);
        }
    }
}
