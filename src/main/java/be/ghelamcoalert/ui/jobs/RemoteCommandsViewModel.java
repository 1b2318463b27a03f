package be.ghelamcoalert.ui.jobs;

import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.UpdateJob;
import be.ghelamcoalert.core.model.command.Operation;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The remote commands (AWS IoT jobs) this kiosk received, newest first. */
public final class RemoteCommandsViewModel {
    static final int SHOWN = 50;

    private final JobHistory history;
    private final StatusBoard status;
    private final CommandRunner commands;
    private final BackgroundWork work;
    private final Feedback feedback;
    private final Texts texts;
    private final ObservableList<JobLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper fixtureSource = new ReadOnlyBooleanWrapper(false);
    private List<JobRecord> last = List.of();

    /**
     * @param status   tells whether this kiosk has a fixture source to fetch from
     * @param commands runs the fixture import: give it a worker of its own, so the import's
     *                 retries do not hold back the other screens' commands
     * @param work     reads the job history
     */
    public RemoteCommandsViewModel(
            JobHistory history, StatusBoard status, CommandRunner commands, BackgroundWork work, Feedback feedback) {
        this.history = history;
        this.status = status;
        this.commands = commands;
        this.work = work;
        this.feedback = feedback;
        this.texts = commands.texts();
        texts.localeProperty().addListener((obs, old, now) -> show(last));
        showFixtureSource();
    }

    /** Re-reads the job list, and whether there is a fixture source (when the screen opens and while it is shown). */
    public void refresh() {
        showFixtureSource();
        work.submit(
                () -> history.latest(SHOWN),
                this::show,
                e -> feedback.error(texts.get("feedback.loadFailed", e.getMessage())));
    }

    /**
     * Shows whether the status board knows a fixture source (the import is wired after the first
     * frame, so call it when the import's status changes). Only a look at the board: no store.
     */
    public void showFixtureSource() {
        fixtureSource.set(status.fixtures().health() != ImportStatus.Health.NOT_CONFIGURED);
    }

    /**
     * Asks the fixture import to run now. An import with retries can take a while: until it is
     * over, {@link #fetchingProperty()} is true and another tap starts nothing. Without a fixture
     * source ({@link #fixtureSourceProperty()} false) nothing is asked.
     */
    public void refreshFixtures() {
        showFixtureSource();
        if (fetching.get() || !fixtureSource.get()) {
            return;
        }
        fetching.set(true);
        commands.run(new RefreshFixtures(), () -> fetching.set(false));
    }

    /** True while a fixture import asked for here runs. */
    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    /** False when this kiosk has no fixture source configured: there is nothing to fetch from. */
    public ReadOnlyBooleanProperty fixtureSourceProperty() {
        return fixtureSource.getReadOnlyProperty();
    }

    void show(List<JobRecord> records) {
        last = List.copyOf(records);
        lines.setAll(records.stream().map(this::line).toList());
        empty.set(records.isEmpty());
    }

    private JobLine line(JobRecord job) {
        var outcome = Texts.keyOf(job.outcome());
        var operation = Operation.named(job.operation())
                .map(RemoteCommandsViewModel::nameKey)
                .map(texts::get)
                .orElse(job.operation());
        var line = new JobLine(
                job.jobId(),
                texts.dayAndTime(job.receivedAt()),
                operation,
                texts.get("jobs.outcome." + outcome),
                "outcome-" + outcome,
                reason(job));
        return UpdateJob.of(job).map(update -> updateLine(line, update)).orElse(line);
    }

    /**
     * An update reads as one for the lobby: "Update naar 1.4.0", how far it got ("op proef",
     * "behouden", "teruggedraaid", "geweigerd") and why. The colour stays the job's outcome.
     */
    private JobLine updateLine(JobLine line, UpdateJob update) {
        var title = update.version()
                .map(version -> texts.get("jobs.update.title", version.text()))
                .orElse(line.operation());
        return new JobLine(
                line.jobId(),
                line.receivedAt(),
                title,
                texts.get("jobs.update.stage." + Texts.keyOf(update.stage())),
                line.outcomeStyle(),
                line.reason());
    }

    /** The key of an operation's name on this screen, e.g. {@code jobs.operation.retime-alert}. */
    static String nameKey(Operation operation) {
        return "jobs.operation." + operation.wireName();
    }

    /**
     * The reason in the screen's language, from its code and arguments; a job document's own
     * problem keeps the English detail the operator matches with the published schema, after a
     * lead in this language. A job recorded without a code shows its stored English text.
     */
    private String reason(JobRecord job) {
        return job.reasonCode()
                .flatMap(code -> code.isDocumentProblem()
                        ? Optional.of(texts.get("jobs.reason.invalidDocument", job.reason()))
                        : texts.words(code))
                .orElse(job.reason());
    }

    public ObservableList<JobLine> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
