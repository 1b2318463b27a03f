package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.release.ClosedStoreBackup;
import be.ghelamcoalert.adapter.release.ReleaseInstaller;
import be.ghelamcoalert.adapter.release.ReleaseKeys;
import be.ghelamcoalert.adapter.release.ReleaseSwitch;
import be.ghelamcoalert.adapter.release.ReleaseTrial;
import be.ghelamcoalert.adapter.release.ReleaseUpdater;
import be.ghelamcoalert.adapter.release.ReleaseVerifier;
import be.ghelamcoalert.adapter.release.TrialFiles;
import be.ghelamcoalert.adapter.release.UpdateSettings;
import be.ghelamcoalert.core.model.ReleaseChange;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.service.KernelHealth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Over-the-air updates, when the kiosk's release-key folder ({@code updates.releaseKeys}) holds a
 * key: the {@code update} job's {@link ReleaseInstaller}, with the releases side by side in the data
 * directory, and, when the running release is on trial, the {@link TrialWatch} that keeps or rolls
 * it back. Wired after the alarm runs; whatever fails here is logged and leaves the kiosk without
 * updates, never without its light.
 */
final class UpdateWiring {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateWiring.class);
    static final long JUDGE_EVERY_SECONDS = 5;
    /** Set by the Pi's launcher (kiosk-session.sh) from the package's VERSION file. */
    static final String PACKAGED_VERSION = "GHELAMCO_PACKAGED_VERSION";

    private UpdateWiring() {}

    /**
     * @param version the running application's version ({@link AppVersion#current()})
     * @param lightOn whether the relay is energized now: a restart for an update waits until it is not
     * @param end     ends the process so systemd starts it again
     */
    static void start(
            Kiosk kiosk,
            Path dataDirectory,
            String version,
            KernelHealth health,
            BooleanSupplier lightOn,
            Runnable end) {
        var updates = kiosk.config().updates();
        var keys = updates.releaseKeysFolder();
        try {
            if (!holdsAKey(keys)) {
                LOG.info("No release key (*.pem) in {}: this kiosk takes no over-the-air updates", keys);
                return;
            }
            var running = ReleaseVersion.of(version);
            var clock = kiosk.clock();
            var scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("release-update").daemon().factory());
            kiosk.closeOnStop(scheduler::shutdownNow);
            var restart = new UpdateRestart(scheduler, lightOn, end);
            var trials = new TrialFiles(dataDirectory);
            announceRollBack(kiosk, trials, running);
            var releases = new ReleaseSwitch(dataDirectory, new ReleaseVerifier(ReleaseKeys.trusted(keys)));
            var trialOfRunning = watchTrial(kiosk, health, trials, releases, running, restart, scheduler);
            var download = new ReleaseUpdater(
                    UpdateSettings.of(dataDirectory.resolve("downloads"), keys),
                    ReleaseUpdater.httpClient(),
                    running,
                    packagedVersion(System.getenv()),
                    System.getProperty("os.arch"));
            var backup =
                    new ClosedStoreBackup(dataDirectory.resolve(Database.STORE_FILE), dataDirectory.resolve("backups"));
            kiosk.commands()
                    .useUpdater(new ReleaseInstaller(
                            download,
                            releases,
                            trials,
                            backup,
                            clock,
                            running,
                            Database.SCHEMA_VERSION,
                            trialOfRunning,
                            restart));
            LOG.info("Over-the-air updates on: release {} runs, keys in {}", running, keys);
        } catch (IOException | RuntimeException e) {
            LOG.error("Over-the-air updates off: {}", e.getMessage(), e);
        }
    }

    /** The installed package's version, as the launcher passes it; none where no package is installed (the demo, tests). */
    static Optional<ReleaseVersion> packagedVersion(Map<String, String> environment) {
        var text = Optional.ofNullable(environment.get(PACKAGED_VERSION))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
        try {
            return text.map(ReleaseVersion::of);
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "{}={} is not a version: over-the-air downgrades are not held to the package's version",
                    PACKAGED_VERSION,
                    text.get());
            return Optional.empty();
        }
    }

    /** When the running release is on trial: judged every few seconds until kept or rolled back. */
    private static CompletableFuture<ReleaseTrial.Verdict> watchTrial(
            Kiosk kiosk,
            KernelHealth health,
            TrialFiles trials,
            ReleaseSwitch releases,
            ReleaseVersion running,
            Runnable restart,
            ScheduledExecutorService scheduler) {
        var pending = trials.pending().filter(t -> t.version().equals(running));
        if (pending.isEmpty()) {
            return new CompletableFuture<>();
        }
        var limit = kiosk.config().updates().trialLimit();
        LOG.info(
                "Release {} runs on trial (switched at {}, {} min to come up healthy)",
                running,
                pending.get().switchedAt(),
                limit.toMinutes());
        var watch = new TrialWatch(
                new ReleaseTrial(kiosk.clock(), pending.get().switchedAt(), limit),
                TrialWatch.problemsOf(
                        health, kiosk.status(), kiosk.config().iot().isPresent()),
                new TrialWatch.Outcome() {
                    @Override
                    public void commit() throws IOException {
                        trials.commit();
                        kiosk.status()
                                .release(ReleaseChange.updated(
                                        running,
                                        pending.get().previous(),
                                        kiosk.clock().instant()));
                        LOG.info(
                                "Release {} came up healthy and is kept; old releases removed: {}",
                                running,
                                releases.prune());
                    }

                    @Override
                    public void rollBack(String reason) throws IOException {
                        trials.requestRollBack(reason);
                        LOG.error("Release {} rolled back: {}", running, reason);
                        restart.run();
                    }
                });
        var task = scheduler.scheduleWithFixedDelay(watch, 0, JUDGE_EVERY_SECONDS, TimeUnit.SECONDS);
        watch.verdict().whenComplete((verdict, failure) -> task.cancel(false));
        return watch.verdict();
    }

    /**
     * After the launcher rolled a release back, the status bar says so at this start (and at every
     * start until the update job is reported, which removes the launcher's record).
     */
    private static void announceRollBack(Kiosk kiosk, TrialFiles trials, ReleaseVersion running) {
        trials.rolledBack()
                .filter(back -> !back.version().equals(running))
                .ifPresent(back -> kiosk.status()
                        .release(ReleaseChange.rolledBack(
                                running, back.version(), kiosk.clock().instant())));
    }

    private static boolean holdsAKey(Path keys) throws IOException {
        if (!Files.isDirectory(keys)) {
            return false;
        }
        try (var files = Files.list(keys)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".pem"));
        }
    }
}
