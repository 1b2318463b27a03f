package be.ghelamcoalert.app;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseChange;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Operation;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.service.CommandOutcome;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The over-the-air updates in the demo's history, and optionally one that just ended, so the
 * remote-commands screen and the status bar can be seen as after a real update
 * ({@code GHELAMCO_DEMO_UPDATE=kept}, {@code rolled-back} or {@code on-trial}). Without it the
 * newest update was kept a day ago and the status bar says nothing.
 */
enum DemoUpdate {
    NONE,
    KEPT,
    ROLLED_BACK,
    ON_TRIAL;

    static final String VARIABLE = "GHELAMCO_DEMO_UPDATE";
    private static final ReleaseVersion BEFORE = ReleaseVersion.of("1.4.0");
    private static final ReleaseVersion REFUSED = ReleaseVersion.of("1.5.0");
    private static final ReleaseVersion NEWEST = ReleaseVersion.of("1.5.1");
    /** How long before the demo starts the simulated update ended. */
    private static final Duration JUST_NOW = Duration.ofMinutes(4);

    static DemoUpdate of(Optional<String> setting) {
        return setting.filter(s -> !s.isBlank())
                .map(s -> valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                .orElse(NONE);
    }

    static DemoUpdate fromEnvironment() {
        return of(Optional.ofNullable(System.getenv(VARIABLE)));
    }

    /** The update jobs of the demo's week, oldest first: one refused, one rolled back, the newest as this setting says. */
    List<JobRecord> jobs(Instant now) {
        var refused = new InvalidCommandException(
                "url", Refusal.BUNDLE_NOT_TRUSTED, REFUSED, "the signature was made by no trusted key");
        var notUp = List.of(Part.SCREEN);
        var rolledBack = new CommandFailedException(
                Failure.RELEASE_NOT_HEALTHY,
                REFUSED,
                new MessageArgument.Parts(notUp),
                "not healthy 3 min after the switch: screen STARTING");
        return List.of(
                RemoteJobService.rejected(
                        "demo-update-1",
                        1,
                        daysAgo(now, 4),
                        RemoteJobService.Invalid.refused(Operation.UPDATE.wireName(), "url", refused)),
                RemoteJobService.failed("demo-update-2", 1, daysAgo(now, 3), Operation.UPDATE.wireName(), rolledBack),
                newest(now));
    }

    private JobRecord newest(Instant now) {
        var update = new UpdateRelease(
                URI.create("https://releases.example.org/ghelamco-alert-" + NEWEST + ".zip"),
                "0".repeat(64),
                NEWEST,
                false);
        return switch (this) {
            case NONE ->
                RemoteJobService.succeeded(
                        "demo-update-3",
                        1,
                        daysAgo(now, 1),
                        CommandOutcome.of(update, CommandOutcome.Kind.RELEASE_COMMITTED, NEWEST));
            case KEPT ->
                RemoteJobService.succeeded(
                        "demo-update-3",
                        1,
                        now.minus(JUST_NOW),
                        CommandOutcome.of(update, CommandOutcome.Kind.RELEASE_COMMITTED, NEWEST));
            case ON_TRIAL ->
                RemoteJobService.succeeded(
                        "demo-update-3",
                        1,
                        now.minus(JUST_NOW),
                        CommandOutcome.of(update, CommandOutcome.Kind.RELEASE_SWITCHED, NEWEST));
            case ROLLED_BACK -> {
                var notUp = List.of(Part.SCREEN, Part.CLOUD);
                yield RemoteJobService.failed(
                        "demo-update-3",
                        1,
                        now.minus(JUST_NOW),
                        Operation.UPDATE.wireName(),
                        new CommandFailedException(
                                Failure.RELEASE_NOT_HEALTHY,
                                NEWEST,
                                new MessageArgument.Parts(notUp),
                                "not healthy 3 min after the switch: screen STARTING, cloud CONNECTING"));
            }
        };
    }

    /** A past update's time: on the quarter past an hour, as an operator's rollout would start. */
    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(15));
    }

    /** What the status bar shows at the demo's start: the release kept or gone back to, as after a restart. */
    Optional<ReleaseChange> change(Instant now) {
        return switch (this) {
            case KEPT -> Optional.of(ReleaseChange.updated(NEWEST, BEFORE, now));
            case ROLLED_BACK -> Optional.of(ReleaseChange.rolledBack(BEFORE, NEWEST, now));
            case NONE, ON_TRIAL -> Optional.empty();
        };
    }
}
