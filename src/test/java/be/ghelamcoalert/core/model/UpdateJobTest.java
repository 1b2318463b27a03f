package be.ghelamcoalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An update job's release and how far it got, read from the job's record alone. */
class UpdateJobTest {
    private static final ReleaseVersion V150 = ReleaseVersion.of("1.5.0");

    @Test
    void aSwitchedReleaseIsOnTrialUntilTheJobEndsKeptOrRolledBack() {
        assertThat(UpdateJob.of(job(JobRecord.Outcome.IN_PROGRESS, outcome("RELEASE_SWITCHED"))))
                .contains(new UpdateJob(Optional.of(V150), UpdateJob.Stage.ON_TRIAL));
        assertThat(UpdateJob.of(job(JobRecord.Outcome.SUCCEEDED, outcome("RELEASE_COMMITTED"))))
                .contains(new UpdateJob(Optional.of(V150), UpdateJob.Stage.KEPT));
        var notUp = new CommandFailedException(
                Failure.RELEASE_NOT_HEALTHY,
                V150,
                new MessageArgument.Parts(List.of(Part.SCREEN)),
                "not healthy 3 min after the switch: screen STARTING");
        assertThat(UpdateJob.of(job(JobRecord.Outcome.FAILED, Optional.of(notUp.reasonCode()))))
                .contains(new UpdateJob(Optional.of(V150), UpdateJob.Stage.ROLLED_BACK));
        var byLauncher =
                new CommandFailedException(Failure.RELEASE_ROLLED_BACK, V150, ReleaseVersion.of("1.4.0"), "3 starts");
        assertThat(UpdateJob.of(job(JobRecord.Outcome.FAILED, Optional.of(byLauncher.reasonCode()))))
                .contains(new UpdateJob(Optional.of(V150), UpdateJob.Stage.ROLLED_BACK));
    }

    @Test
    void aRefusalOrAFailureBeforeTheSwitchKeepsTheVersionItNames() {
        var untrusted = new InvalidCommandException("url", Refusal.BUNDLE_NOT_TRUSTED, V150, "no trusted key");
        assertThat(UpdateJob.of(job(JobRecord.Outcome.REJECTED, Optional.of(ReasonCode.of(untrusted)))))
                .contains(new UpdateJob(Optional.of(V150), UpdateJob.Stage.REFUSED));
        var notInstalled = new CommandFailedException(
                Failure.RELEASE_NOT_INSTALLED, V150, ReleaseVersion.of("1.4.0"), "disk full");
        assertThat(UpdateJob.of(job(JobRecord.Outcome.FAILED, Optional.of(notInstalled.reasonCode()))))
                .contains(new UpdateJob(Optional.of(V150), UpdateJob.Stage.FAILED));
    }

    @Test
    void withoutAReleaseInItsReasonTheVersionIsUnknown() {
        assertThat(UpdateJob.of(job(JobRecord.Outcome.IN_PROGRESS, Optional.empty())))
                .contains(new UpdateJob(Optional.empty(), UpdateJob.Stage.UNDER_WAY));
        assertThat(UpdateJob.of(job(
                        JobRecord.Outcome.REJECTED,
                        Optional.of(ReasonCode.of(new InvalidCommandException("operation", Refusal.NO_UPDATES))))))
                .contains(new UpdateJob(Optional.empty(), UpdateJob.Stage.REFUSED));
        assertThat(UpdateJob.of(job(JobRecord.Outcome.FAILED, Optional.of(ReasonCode.unexpected("1.5.0 broke")))))
                .contains(new UpdateJob(Optional.empty(), UpdateJob.Stage.FAILED));
    }

    @Test
    void anotherOperationIsNoUpdate() {
        var snooze = new JobRecord("j", 1, Instant.EPOCH, "snooze", JobRecord.Outcome.SUCCEEDED, "snoozed");

        assertThat(UpdateJob.of(snooze)).isEmpty();
    }

    private static Optional<ReasonCode> outcome(String kind) {
        return Optional.of(
                new ReasonCode(ReasonCode.Family.OUTCOME, kind, "", List.of(new MessageArgument.Release(V150))));
    }

    private static JobRecord job(JobRecord.Outcome outcome, Optional<ReasonCode> code) {
        return new JobRecord("update-1", 1, Instant.EPOCH, "update", outcome, "english", code);
    }
}
