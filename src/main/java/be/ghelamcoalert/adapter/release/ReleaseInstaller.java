package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.port.Updater;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An update job, step by step across the restart it takes:
 * <ol>
 *   <li>first delivery: the bundle is downloaded and verified ({@link ReleaseUpdater}), unpacked
 *       beside the running release ({@link ReleaseSwitch}), a {@link PendingTrial} is recorded (with
 *       the store backup the launcher takes when the release migrates the store), {@code current}
 *       is switched and a restart is asked for; the job stays IN_PROGRESS;</li>
 *   <li>delivered again before the restart: nothing is done again, the job stays IN_PROGRESS;</li>
 *   <li>delivered again to the new release on trial: it answers once the trial is judged
 *       ({@link ReleaseTrial}, by the kiosk's trial watch): SUCCEEDED when healthy, FAILED with what
 *       did not come up otherwise;</li>
 *   <li>a release that runs already and is not on trial (kept before the job came back, or a pilot
 *       kiosk offered the fleet's job): SUCCEEDED at once;</li>
 *   <li>delivered again to the old release after a rollback (a failed trial, or the launcher's
 *       count of crashed starts): FAILED with the launcher's reason.</li>
 * </ol>
 * Anything that goes wrong before the switch leaves the running release as it is.
 */
public final class ReleaseInstaller implements Updater {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseInstaller.class);

    private final ReleaseUpdater download;
    private final ReleaseSwitch releases;
    private final TrialFiles trials;
    private final ClosedStoreBackup storeBackup;
    private final Clock clock;
    private final ReleaseVersion running;
    private final String storeSchema;
    private final CompletableFuture<ReleaseTrial.Verdict> trialOfRunning;
    private final Runnable restart;

    /**
     * @param storeSchema    the schema version of the store as this release keeps it
     * @param trialOfRunning how the trial of the running release ends, when it runs on trial (else never completed)
     * @param restart        asks for the process to end so systemd starts the switched release (when the light allows)
     */
    public ReleaseInstaller(
            ReleaseUpdater download,
            ReleaseSwitch releases,
            TrialFiles trials,
            ClosedStoreBackup storeBackup,
            Clock clock,
            ReleaseVersion running,
            String storeSchema,
            CompletableFuture<ReleaseTrial.Verdict> trialOfRunning,
            Runnable restart) {
        this.download = download;
        this.releases = releases;
        this.trials = trials;
        this.storeBackup = storeBackup;
        this.clock = clock;
        this.running = running;
        this.storeSchema = storeSchema;
        this.trialOfRunning = trialOfRunning;
        this.restart = restart;
    }

    @Override
    public Progress apply(UpdateRelease update) {
        var version = update.version();
        var rolledBack = trials.rolledBack().filter(r -> r.version().equals(version));
        if (rolledBack.isPresent()) {
            forgetRollBack();
            throw new CommandFailedException(
                    Failure.RELEASE_ROLLED_BACK,
                    version,
                    running,
                    rolledBack.get().reason());
        }
        var pending = trials.pending();
        if (version.equals(running)) {
            var onTrial = pending.map(PendingTrial::version).equals(Optional.of(running)) || trialOfRunning.isDone();
            return onTrial
                    ? awaitTrial(version)
                    : new Progress(version, Step.COMMITTED); // kept earlier, or a pilot's second job
        }
        if (pending.map(PendingTrial::version).equals(Optional.of(version))) {
            LOG.info("Release {} is installed and waits for the restart (delivered again)", version);
            return new Progress(version, Step.SWITCHED);
        }
        if (pending.isPresent()) {
            throw new InvalidCommandException(
                    "version",
                    Refusal.UPDATE_DURING_TRIAL,
                    version,
                    pending.get().version());
        }
        download.stage(update);
        var bundle = download.staged(version);
        try {
            var manifest = releases.unpack(bundle).manifest();
            var backup = ClosedStoreBackup.migrates(manifest.minimumSchema(), storeSchema)
                    ? Optional.of(storeBackup.copyFor(version))
                    : Optional.<Path>empty();
            trials.begin(new PendingTrial(version, running, clock.instant(), backup));
            releases.switchTo(version);
        } catch (IOException | RuntimeException e) {
            undoBegin(version);
            throw new CommandFailedException(
                    Failure.RELEASE_NOT_INSTALLED, e, version, running, String.valueOf(e.getMessage()));
        } finally {
            BundleDownload.remove(bundle);
        }
        LOG.info("Release {} installed; restarting into it on trial", version);
        restart.run();
        return new Progress(version, Step.SWITCHED);
    }

    private Progress awaitTrial(ReleaseVersion version) {
        try {
            return switch (trialOfRunning.get()) {
                case ReleaseTrial.Verdict.Commit commit -> new Progress(version, Step.COMMITTED);
                case ReleaseTrial.Verdict.RollBack back ->
                    throw new CommandFailedException(
                            Failure.RELEASE_NOT_HEALTHY,
                            version,
                            new MessageArgument.Parts(back.notUp()),
                            back.reason());
                case ReleaseTrial.Verdict.Wait wait ->
                    throw new IllegalStateException("a trial ends with a commit or a rollback");
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReleaseException("stopped while release " + version + " was on trial", e);
        } catch (ExecutionException e) {
            throw new ReleaseException(
                    "the trial of release " + version + " could not be judged: "
                            + e.getCause().getMessage(),
                    e);
        }
    }

    private void undoBegin(ReleaseVersion version) {
        try {
            if (!releases.running().equals(Optional.of(version))) {
                trials.commit(); // the switch did not happen: no trial for the launcher to count
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove the trial record after a failed install: {}", e.getMessage());
        }
    }

    private void forgetRollBack() {
        try {
            trials.forgetRollBack();
        } catch (IOException e) {
            LOG.warn("Could not remove the rollback record: {}", e.getMessage());
        }
    }
}
