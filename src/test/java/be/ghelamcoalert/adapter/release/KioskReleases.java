package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.core.model.ReleaseVersion;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A kiosk's releases in its data directory, as {@code app.UpdateWiring} wires them: the update job's
 * installer for the release that runs, and what is installed. The kiosk is an aarch64 one and
 * downloads with the given client (one trusting the test CA).
 *
 * @param keepFreeBytes the room downloads must leave on the data partition
 */
record KioskReleases(Path data, Path keys, HttpClient client, Clock clock, long keepFreeBytes) {
    static final String ARCHITECTURE = "aarch64";

    /** The installer of the kiosk started with {@code running}, whose trial (if it runs on one) ends as {@code trial} says. */
    ReleaseInstaller installer(
            ReleaseVersion running, CompletableFuture<ReleaseTrial.Verdict> trial, Runnable restart) {
        var settings = new UpdateSettings(
                data.resolve("downloads"), keys, 50_000_000, 3, Duration.ofSeconds(10), keepFreeBytes);
        return new ReleaseInstaller(
                new ReleaseUpdater(settings, client, running, ARCHITECTURE),
                releases(),
                new TrialFiles(data),
                new ClosedStoreBackup(data.resolve(Database.STORE_FILE), data.resolve("backups")),
                clock,
                running,
                Database.SCHEMA_VERSION,
                trial,
                restart);
    }

    /** The version {@code current} points at (empty: the packaged release runs). */
    Optional<ReleaseVersion> current() {
        return releases().running();
    }

    ReleaseSwitch releases() {
        return new ReleaseSwitch(data, new ReleaseVerifier(ReleaseKeys.trusted(keys)));
    }
}
