package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Operation;
import be.ghelamcoalert.core.model.command.ReasonCode;
import java.util.Optional;

/**
 * An {@code update} job as the lobby reads it: which release, and how far it got. The version is
 * the first {@link MessageArgument.Release} of the job's reason code; a job refused before its
 * release was known (a document the reader refused, a kiosk without release keys) has none.
 */
public record UpdateJob(Optional<ReleaseVersion> version, Stage stage) {

    /** How far an update got; the job stays in progress through its trial, then ends kept or rolled back. */
    public enum Stage {
        /** Received, being downloaded and checked. */
        UNDER_WAY,
        /** Installed and switched to; the kiosk runs it on trial. */
        ON_TRIAL,
        /** Came up healthy on trial and is kept. */
        KEPT,
        /** Tried and rolled back to the release before. */
        ROLLED_BACK,
        /** Not taken: nothing changed. */
        REFUSED,
        /** Failed before the switch: the release that ran goes on running. */
        FAILED
    }

    /** The update a job record is about; empty for a job of another operation. */
    public static Optional<UpdateJob> of(JobRecord job) {
        if (!Operation.UPDATE.wireName().equals(job.operation())) {
            return Optional.empty();
        }
        var version = job.reasonCode().flatMap(UpdateJob::release);
        return Optional.of(new UpdateJob(version, stage(job)));
    }

    /** The code of an update switched to and restarting into its trial (core.service's {@code CommandOutcome.Kind}). */
    private static final String SWITCHED = "RELEASE_SWITCHED";

    private static Stage stage(JobRecord job) {
        var code = job.reasonCode().map(ReasonCode::code).orElse("");
        return switch (job.outcome()) {
            case IN_PROGRESS -> code.equals(SWITCHED) ? Stage.ON_TRIAL : Stage.UNDER_WAY;
            case SUCCEEDED -> Stage.KEPT;
            case REJECTED -> Stage.REFUSED;
            case FAILED ->
                code.equals(Failure.RELEASE_NOT_HEALTHY.name()) || code.equals(Failure.RELEASE_ROLLED_BACK.name())
                        ? Stage.ROLLED_BACK
                        : Stage.FAILED;
        };
    }

    private static Optional<ReleaseVersion> release(ReasonCode code) {
        return code.args().stream()
                .filter(MessageArgument.Release.class::isInstance)
                .map(arg -> ((MessageArgument.Release) arg).value())
                .findFirst();
    }
}
