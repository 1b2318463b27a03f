package be.ghelamcoalert.core.service;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.UpdateJob;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.port.Updater;
import be.ghelamcoalert.testing.MutableClock;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An update job goes through the one command service like every other command; its work is the updater's. */
class UpdateCommandTest {
    private static final UpdateRelease UPDATE = new UpdateRelease(
            URI.create("https://bucket.example.com/b.zip"), "0".repeat(64), ReleaseVersion.of("1.5.0"), false);

    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 6, 12, 0));
    private final KioskCore kiosk = new KioskCore(clock);

    @Test
    void aKioskWithoutUpdaterRefusesWithACode() {
        assertThatThrownBy(() -> kiosk.commands().execute(UPDATE, Actor.remoteJob("job-1")))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_UPDATES));
    }

    @Test
    void aSwitchedReleaseIsTheOutcomeAndIsAudited() {
        kiosk.commands().useUpdater(update -> new Updater.Progress(update.version(), Updater.Step.SWITCHED));

        var outcome = kiosk.commands().execute(UPDATE, Actor.remoteJob("job-1"));

        assertThat(outcome.summary())
                .isEqualTo("release 1.5.0 downloaded, verified and installed; restarting to try it");
        assertThat(kiosk.audit().latest(1).getFirst().action()).isEqualTo("update");
    }

    @Test
    void theJobStaysInProgressUntilTheReleaseIsKept() {
        var steps = new ArrayDeque<>(List.of(Updater.Step.SWITCHED, Updater.Step.COMMITTED));
        kiosk.commands().useUpdater(update -> new Updater.Progress(update.version(), steps.removeFirst()));
        var jobs = kiosk.remoteJobs();

        var switched = jobs.run("update-1", 1, new RemoteJobService.Valid(UPDATE));
        assertThat(switched.record().outcome()).isEqualTo(JobRecord.Outcome.IN_PROGRESS);
        assertThat(switched.record().reason())
                .isEqualTo("release 1.5.0 downloaded, verified and installed; restarting to try it");
        assertThat(kiosk.jobLedger().unreported()).isEmpty();

        var kept = jobs.run("update-1", 1, new RemoteJobService.Valid(UPDATE)); // delivered again after the restart

        assertThat(kept.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kept.record().reason()).isEqualTo("release 1.5.0 runs and came up healthy");
        assertThat(jobs.run("update-1", 1, new RemoteJobService.Valid(UPDATE))
                        .record()
                        .outcome())
                .isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(steps).isEmpty();
    }

    @Test
    void whileTheTrialIsJudgedTheJobStillReadsOnTrialAndARollbackIsRecordedWithItsCode() {
        var duringTrial = new ArrayList<JobRecord>();
        var failure = new CommandFailedException(
                Failure.RELEASE_NOT_HEALTHY,
                UPDATE.version(),
                new MessageArgument.Parts(List.of(Part.SCREEN)),
                "not healthy 3 min after the switch: screen STARTING");
        var deliveries = new AtomicInteger();
        kiosk.commands().useUpdater(update -> {
            if (deliveries.getAndIncrement() == 0) {
                return new Updater.Progress(update.version(), Updater.Step.SWITCHED);
            }
            // Delivered again to the release on trial: the job waits here for the verdict, as the screen shows it.
            duringTrial.add(kiosk.jobLedger().find("update-1", 1).orElseThrow().record());
            throw failure;
        });
        var jobs = kiosk.remoteJobs();
        jobs.run("update-1", 1, new RemoteJobService.Valid(UPDATE));

        var failed = jobs.run("update-1", 1, new RemoteJobService.Valid(UPDATE));

        assertThat(duringTrial).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(JobRecord.Outcome.IN_PROGRESS);
            assertThat(UpdateJob.of(record).orElseThrow().stage()).isEqualTo(UpdateJob.Stage.ON_TRIAL);
        });
        assertThat(failed.record().outcome()).isEqualTo(JobRecord.Outcome.FAILED);
        assertThat(failed.record().reason())
                .isEqualTo("failed: release 1.5.0 rolled back: not healthy 3 min after the switch: screen STARTING");
        assertThat(failed.record().reasonCode()).contains(failure.reasonCode());
        assertThat(kiosk.jobLedger().find("update-1", 1).orElseThrow().record()).isEqualTo(failed.record());
        assertThat(UpdateJob.of(failed.record()))
                .contains(new UpdateJob(Optional.of(UPDATE.version()), UpdateJob.Stage.ROLLED_BACK));
    }

    @Test
    void anUpdaterRefusalChangesNothing() {
        int auditBefore = kiosk.audit().latest(100).size();
        kiosk.commands().useUpdater(update -> {
            throw new InvalidCommandException("sha256", Refusal.INVALID, "the download's SHA-256 differs");
        });

        assertThatThrownBy(() -> kiosk.commands().execute(UPDATE, Actor.remoteJob("job-1")))
                .hasMessage("sha256: the download's SHA-256 differs");
        assertThat(kiosk.audit().latest(100)).hasSize(auditBefore);
    }
}
