package be.ghelamcoalert.ui.jobs;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Operation;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.ui.UiTestKiosk;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.common.UiThread;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class RemoteCommandsViewModelTest {
    private final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 17, 0));
    private final Texts texts = Texts.forLanguage("nl", clock.getZone());
    private final Feedback feedback = new Feedback(clock);
    private final StatusBoard status = new StatusBoard(clock, new ChangeFeed());

    @Test
    void listsTimeOperationOutcomeAndReason() {
        JobHistory history = limit -> List.of(
                new JobRecord(
                        "job-2",
                        1,
                        brussels(2026, 11, 28, 16, 58).toInstant(),
                        "confirm",
                        JobRecord.Outcome.SUCCEEDED,
                        "car park confirmed clear for KAA Gent - Club Brugge"),
                new JobRecord(
                        "job-1",
                        1,
                        brussels(2026, 11, 27, 9, 5).toInstant(),
                        "?",
                        JobRecord.Outcome.REJECTED,
                        "operation: unknown operation 'explode'"));
        var model = model(history);
        model.refresh();

        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.lines())
                .containsExactly(
                        new JobLine(
                                "job-2",
                                "za 28 nov 16:58",
                                "Parking is leeg",
                                "gelukt",
                                "outcome-succeeded",
                                "car park confirmed clear for KAA Gent - Club Brugge"),
                        new JobLine(
                                "job-1",
                                "vr 27 nov 09:05",
                                "?",
                                "geweigerd",
                                "outcome-rejected",
                                "operation: unknown operation 'explode'"));
    }

    @Test
    void reasonsWithACodeAreWordedInTheScreensLanguageAndFollowASwitch() {
        var at = brussels(2026, 11, 28, 16, 58).toInstant();
        var schemaDetail = "duration: is not in the expected form: ISO-8601 duration, at most PT4H, e.g. PT15M.";
        var diskFull =
                "the data partition is full (/var/lib/ghelamco-alert/downloads): the download stopped after 12.3 MB; "
                        + "free space on the kiosk, then send the job again";
        JobHistory history = limit -> List.of(
                coded(
                        "snoozed",
                        JobRecord.Outcome.SUCCEEDED,
                        "snoozed KAA Gent - KV Mechelen until 17:19",
                        ReasonCode.of(
                                ReasonCode.Family.OUTCOME,
                                "SNOOZED",
                                "",
                                "KAA Gent - KV Mechelen",
                                LocalTime.of(17, 19))),
                coded(
                        "moved",
                        JobRecord.Outcome.SUCCEEDED,
                        "moved warning alert of Gala to 2026-11-28 17:55",
                        ReasonCode.of(
                                ReasonCode.Family.OUTCOME,
                                "ALERT_MOVED",
                                "",
                                AlertKind.WARNING,
                                "Gala",
                                LocalDateTime.of(2026, 11, 28, 17, 55))),
                coded(
                        "late",
                        JobRecord.Outcome.REJECTED,
                        "duration: would reach past the car-park deadline at 17:45; at most 12 minutes are left",
                        ReasonCode.of(new InvalidCommandException(
                                "duration", Refusal.SNOOZE_PAST_DEADLINE, LocalTime.of(17, 45), 12L))),
                coded(
                        "long",
                        JobRecord.Outcome.REJECTED,
                        "duration: must be at most 240 minutes",
                        ReasonCode.of(new InvalidCommandException("duration", Refusal.TOO_MANY_MINUTES, 240L))),
                coded(
                        "mistyped",
                        JobRecord.Outcome.REJECTED,
                        schemaDetail,
                        ReasonCode.invalidDocument(
                                "duration",
                                "is not in the expected form: ISO-8601 duration, at most PT4H, e.g. PT15M.")),
                coded(
                        "update",
                        JobRecord.Outcome.REJECTED,
                        "url: " + diskFull,
                        ReasonCode.of(new InvalidCommandException("url", Refusal.UPDATE_REFUSED, diskFull))),
                coded(
                        "broken",
                        JobRecord.Outcome.FAILED,
                        "failed: the fixture site answered 503",
                        ReasonCode.unexpected("the fixture site answered 503")),
                new JobRecord(
                        "old", 1, at, "confirm", JobRecord.Outcome.SUCCEEDED, "car park confirmed clear for Gala"));
        var model = model(history);
        model.refresh();

        assertThat(model.lines())
                .extracting(JobLine::reason)
                .containsExactly(
                        "KAA Gent - KV Mechelen gesnoozed tot 17:19",
                        "Melding \"licht\" van Gala verplaatst naar za 28 nov 17:55",
                        "Dat loopt voorbij de deadline voor de parking om 17:45; er blijven hoogstens 12 minuten",
                        "De duur mag hoogstens 240 minuten zijn",
                        "Ongeldige opdracht — " + schemaDetail,
                        "Update geweigerd — url: " + diskFull,
                        "Onverwachte fout: the fixture site answered 503",
                        "car park confirmed clear for Gala");

        texts.use(Language.EN);

        assertThat(model.lines())
                .extracting(JobLine::reason)
                .containsExactly(
                        "Snoozed KAA Gent - KV Mechelen until 17:19",
                        "Moved the \"light\" alert of Gala to Sat 28 Nov 17:55",
                        "That would reach past the car-park deadline at 17:45; at most 12 minutes are left",
                        "The duration must be at most 240 minutes",
                        "Invalid command — " + schemaDetail,
                        "Update refused — url: " + diskFull,
                        "Unexpected error: the fixture site answered 503",
                        "car park confirmed clear for Gala");
        assertThat(model.lines().getFirst().outcome()).isEqualTo("succeeded");
    }

    @Test
    void anUpdateReadsAsOneWithItsVersionAndHowFarItGotInBothLanguages() {
        var v150 = ReleaseVersion.of("1.5.0");
        var notUp = List.of(Part.SCREEN, Part.CLOUD);
        JobHistory history = limit -> List.of(
                update("trial", JobRecord.Outcome.IN_PROGRESS, "RELEASE_SWITCHED", ReasonCode.Family.OUTCOME, v150),
                update("kept", JobRecord.Outcome.SUCCEEDED, "RELEASE_COMMITTED", ReasonCode.Family.OUTCOME, v150),
                failed(
                        "back",
                        new CommandFailedException(
                                Failure.RELEASE_NOT_HEALTHY,
                                v150,
                                new MessageArgument.Parts(notUp),
                                "not healthy 3 min after the switch: screen STARTING, cloud CONNECTING")),
                failed(
                        "launcher",
                        new CommandFailedException(
                                Failure.RELEASE_ROLLED_BACK,
                                v150,
                                ReleaseVersion.of("1.4.0"),
                                "release 1.5.0 did not come up healthy in 3 starts")),
                refused(
                        "untrusted",
                        new InvalidCommandException(
                                "url", Refusal.BUNDLE_NOT_TRUSTED, v150, "no trusted key made the signature")),
                refused(
                        "older",
                        new InvalidCommandException(
                                "version",
                                Refusal.UPDATE_NOT_NEWER,
                                ReleaseVersion.of("1.3.0"),
                                ReleaseVersion.of("1.4.0"))),
                refused("nokeys", new InvalidCommandException("operation", Refusal.NO_UPDATES)));
        var model = model(history);
        model.refresh();

        assertThat(model.lines())
                .extracting(JobLine::operation)
                .containsExactly(
                        "Update naar 1.5.0",
                        "Update naar 1.5.0",
                        "Update naar 1.5.0",
                        "Update naar 1.5.0",
                        "Update naar 1.5.0",
                        "Update naar 1.3.0",
                        "Software-update");
        assertThat(model.lines())
                .extracting(JobLine::outcome)
                .containsExactly(
                        "op proef",
                        "behouden",
                        "teruggedraaid",
                        "teruggedraaid",
                        "geweigerd",
                        "geweigerd",
                        "geweigerd");
        assertThat(model.lines())
                .extracting(JobLine::outcomeStyle)
                .containsExactly(
                        "outcome-in-progress",
                        "outcome-succeeded",
                        "outcome-failed",
                        "outcome-failed",
                        "outcome-rejected",
                        "outcome-rejected",
                        "outcome-rejected");
        assertThat(model.lines())
                .extracting(JobLine::reason)
                .containsExactly(
                        "Geïnstalleerd; de kiosk houdt versie 1.5.0 als alles opkomt",
                        "Versie 1.5.0 draait en kwam gezond op",
                        "Niet op tijd klaar: scherm en cloud",
                        "Versie 1.5.0 kwam niet goed op; versie 1.4.0 draait weer",
                        "Handtekening niet vertrouwd of inhoud gewijzigd",
                        "Versie 1.3.0 is niet nieuwer dan versie 1.4.0, die nu draait",
                        "Deze kiosk neemt geen updates op afstand");

        texts.use(Language.EN);

        assertThat(model.lines())
                .extracting(JobLine::operation)
                .startsWith("Update to 1.5.0")
                .endsWith("Software update");
        assertThat(model.lines())
                .extracting(JobLine::outcome)
                .containsExactly("on trial", "kept", "rolled back", "rolled back", "refused", "refused", "refused");
        assertThat(model.lines())
                .extracting(JobLine::reason)
                .containsExactly(
                        "Installed; the kiosk keeps version 1.5.0 if everything comes up",
                        "Version 1.5.0 runs and came up healthy",
                        "Not up in time: screen and cloud",
                        "Version 1.5.0 did not come up properly; version 1.4.0 runs again",
                        "Signature not trusted or contents changed",
                        "Version 1.3.0 is not newer than version 1.4.0, which runs now",
                        "This kiosk takes no over-the-air updates");
    }

    @Test
    void anUpdateOnTrialShowsHowTheTrialEndedOnceTheJobIsRecordedAgain() {
        var v150 = ReleaseVersion.of("1.5.0");
        var recorded = new ArrayList<JobRecord>(List.of(
                update("u", JobRecord.Outcome.IN_PROGRESS, "RELEASE_SWITCHED", ReasonCode.Family.OUTCOME, v150)));
        var model = model(limit -> List.copyOf(recorded));
        model.refresh();
        assertThat(model.lines()).extracting(JobLine::outcome).containsExactly("op proef");

        recorded.set(
                0,
                failed(
                        "u",
                        new CommandFailedException(
                                Failure.RELEASE_NOT_HEALTHY,
                                v150,
                                new MessageArgument.Parts(List.of(Part.SCREEN)),
                                "not healthy 3 min after the switch: screen STARTING")));
        model.refresh();

        assertThat(model.lines()).singleElement().satisfies(line -> {
            assertThat(line.operation()).isEqualTo("Update naar 1.5.0");
            assertThat(line.outcome()).isEqualTo("teruggedraaid");
            assertThat(line.reason()).isEqualTo("Niet op tijd klaar: scherm");
        });
    }

    private static JobRecord update(
            String jobId, JobRecord.Outcome outcome, String code, ReasonCode.Family family, ReleaseVersion version) {
        return new JobRecord(
                jobId,
                1,
                brussels(2026, 11, 28, 16, 58).toInstant(),
                "update",
                outcome,
                "english",
                Optional.of(ReasonCode.of(family, code, "", version)));
    }

    private static JobRecord failed(String jobId, CommandFailedException failure) {
        return RemoteJobService.failed(jobId, 1, brussels(2026, 11, 28, 16, 58).toInstant(), "update", failure);
    }

    private static JobRecord refused(String jobId, InvalidCommandException refusal) {
        return RemoteJobService.rejected(
                jobId,
                1,
                brussels(2026, 11, 28, 16, 58).toInstant(),
                RemoteJobService.Invalid.refused("update", refusal.field(), refusal));
    }

    @Test
    void aCodeTheBundlesDoNotKnowShowsTheStoredEnglish() {
        JobHistory history = limit -> List.of(coded(
                "future",
                JobRecord.Outcome.SUCCEEDED,
                "teleported Gala to the moon",
                ReasonCode.of(ReasonCode.Family.OUTCOME, "TELEPORTED", "", "Gala")));
        var model = model(history);
        model.refresh();

        assertThat(model.lines()).extracting(JobLine::reason).containsExactly("teleported Gala to the moon");
    }

    private JobRecord coded(String jobId, JobRecord.Outcome outcome, String english, ReasonCode code) {
        return new JobRecord(
                jobId, 1, brussels(2026, 11, 28, 16, 58).toInstant(), "snooze", outcome, english, Optional.of(code));
    }

    @Test
    void everyOperationHasAName() {
        for (var language : List.of("nl", "en")) {
            var inLanguage = Texts.forLanguage(language, clock.getZone());
            assertThat(Operation.values())
                    .allSatisfy(operation -> assertThat(inLanguage.has(RemoteCommandsViewModel.nameKey(operation)))
                            .as(language + " " + operation)
                            .isTrue());
        }
    }

    @Test
    void anOperationNoJobDocumentNamesIsListedByItsNameToo() {
        JobHistory history = limit -> List.of(new JobRecord(
                "j-1",
                1,
                brussels(2026, 11, 28, 16, 58).toInstant(),
                Operation.UNMUTE.wireName(),
                JobRecord.Outcome.SUCCEEDED,
                "unmuted Gala"));
        var model = model(history);
        model.refresh();

        assertThat(model.lines()).extracting(JobLine::operation).containsExactly("Dempen opheffen");
    }

    @Test
    void withoutACloudTheListIsEmpty() {
        var model = model(JobHistory.none());
        model.refresh();

        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.lines()).isEmpty();
    }

    @Test
    void aFailingHistoryIsShownNotSwallowed() {
        var model = model(limit -> {
            throw new IllegalStateException("job ledger unreadable");
        });
        model.refresh();

        assertThat(feedback.messageProperty().get()).contains("job ledger unreadable");
    }

    @Test
    void whileAnImportRunsTheButtonWaitsAndASecondTapStartsNothing(@TempDir Path dir) {
        try (var test = new UiTestKiosk(dir)) {
            whileAnImportRuns(test.kiosk.commands());
        }
    }

    private void whileAnImportRuns(KioskCommandService commands) {
        status.fixtures(new ImportStatus(ImportStatus.Health.OK, Optional.empty(), "club: OK"));
        var pending = new ArrayDeque<Runnable>();
        var work = new BackgroundWork(pending::add, UiThread.inPlace());
        var imports = new ArrayList<String>();
        commands.useFixtureRefresh(actor -> {
            imports.add(actor.reference());
            throw new IllegalStateException("the fixture site answered 503");
        });
        var model = new RemoteCommandsViewModel(
                JobHistory.none(), status, new CommandRunner(commands, work, feedback, texts), work, feedback);

        model.refreshFixtures();
        model.refreshFixtures();

        assertThat(model.fetchingProperty().get()).isTrue();
        assertThat(pending).hasSize(1);

        pending.removeFirst().run();

        assertThat(imports).hasSize(1);
        assertThat(model.fetchingProperty().get())
                .as("given back after a failure too")
                .isFalse();
        assertThat(feedback.messageProperty().get()).isEqualTo("Mislukt: the fixture site answered 503");

        commands.useFixtureRefresh(actor -> new FixtureRefresh.Refreshed(0, 0, 0, "0 changes; club: OK"));
        model.refreshFixtures();
        pending.removeFirst().run();

        assertThat(model.fetchingProperty().get()).isFalse();
        assertThat(feedback.messageProperty().get()).isEqualTo("✓ Wedstrijden opgehaald: 0 gewijzigd");
    }

    @Test
    void withoutAFixtureSourceThereIsNothingToFetchAndNothingIsAsked(@TempDir Path dir) {
        try (var test = new UiTestKiosk(dir)) {
            var imports = new ArrayList<String>();
            test.kiosk.commands().useFixtureRefresh(actor -> {
                imports.add(actor.reference());
                return new FixtureRefresh.Refreshed(0, 0, 0, "0 changes");
            });
            var work = BackgroundWork.inPlace();
            var model = new RemoteCommandsViewModel(
                    JobHistory.none(),
                    status,
                    new CommandRunner(test.kiosk.commands(), work, feedback, texts),
                    work,
                    feedback);

            assertThat(status.fixtures().health()).isEqualTo(ImportStatus.Health.NOT_CONFIGURED);
            assertThat(model.fixtureSourceProperty().get()).isFalse();

            model.refreshFixtures();

            assertThat(imports).isEmpty();
            assertThat(model.fetchingProperty().get()).isFalse();
            assertThat(feedback.messageProperty().get())
                    .as("no refusal to read after a tap")
                    .isEmpty();
        }
    }

    @Test
    void aFixtureSourceThatAppearsAfterTheScreenWasBuiltCanBeFetchedFrom() {
        var model = model(JobHistory.none());
        assertThat(model.fixtureSourceProperty().get()).isFalse();

        status.fixtures(new ImportStatus(ImportStatus.Health.UNKNOWN, Optional.empty(), "club: not read yet"));
        model.showFixtureSource();

        assertThat(model.fixtureSourceProperty().get()).isTrue();
    }

    private RemoteCommandsViewModel model(JobHistory history) {
        var work = BackgroundWork.inPlace();
        return new RemoteCommandsViewModel(
                history, status, new CommandRunner(null, work, feedback, texts), work, feedback);
    }
}
