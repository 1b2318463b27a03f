package be.ghelamcoalert.ui.jobs;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteCommandsViewModelTest {
    private final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 17, 0));
    private final Texts texts = Texts.forLanguage("nl", clock.getZone());
    private final Feedback feedback = new Feedback(clock);

    @Test
    void listsTimeOperationOutcomeAndReason() {
        JobHistory history = limit -> List.of(
                new JobRecord("job-2", 1, brussels(2026, 11, 28, 16, 58).toInstant(), "confirm", JobRecord.Outcome.SUCCEEDED,
                        "car park confirmed clear for KAA Gent - Club Brugge"),
                new JobRecord("job-1", 1, brussels(2026, 11, 27, 9, 5).toInstant(), "?", JobRecord.Outcome.REJECTED,
                        "operation: unknown operation 'explode'"));
        var model = model(history);
        model.refresh();

        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.lines()).containsExactly(
                new JobLine("job-2", "za 28 nov 16:58", "Parking is leeg", "gelukt", "outcome-succeeded",
                        "car park confirmed clear for KAA Gent - Club Brugge"),
                new JobLine("job-1", "vr 27 nov 09:05", "?", "geweigerd", "outcome-rejected", "operation: unknown operation 'explode'"));
    }

    @Test
    void everyJobOperationHasAName() {
        for (var language : List.of("nl", "en")) {
            var inLanguage = Texts.forLanguage(language, clock.getZone());
            assertThat(be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader.OPERATIONS)
                    .allSatisfy(operation -> assertThat(inLanguage.has("jobs.operation." + operation)).as(language + " " + operation).isTrue());
        }
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

    private RemoteCommandsViewModel model(JobHistory history) {
        var work = BackgroundWork.inPlace();
        return new RemoteCommandsViewModel(history, new CommandRunner(null, work, feedback, texts), work, feedback);
    }
}
