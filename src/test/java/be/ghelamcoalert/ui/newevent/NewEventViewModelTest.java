package be.ghelamcoalert.ui.newevent;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.UiTestKiosk;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-event form without a JavaFX toolkit; the test kiosk's clock starts on Saturday 28 November 2026, 17:00. */
@IntegrationTest
class NewEventViewModelTest {
    @TempDir
    Path dataDir;

    private UiTestKiosk test;
    private NewEventViewModel model;

    @BeforeEach
    void open() {
        test = new UiTestKiosk(dataDir);
        var texts = Texts.forLanguage("nl", test.kiosk.config().deadlines().zone());
        var feedback = new Feedback(test.clock);
        var work = BackgroundWork.inPlace();
        model = new NewEventViewModel(new CommandRunner(test.kiosk.commands(), work, feedback, texts), test.clock);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void anUntouchedDateIsProposedForTomorrowAgainWhenTheFormIsShown() {
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 29));
        model.titleProperty().set("Receptie");

        test.clock.advance(Duration.ofDays(21));
        model.shown();

        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(model.titleProperty().get()).as("what was typed stays").isEqualTo("Receptie");
    }

    @Test
    void aDateThePersonChoseIsKept() {
        model.dateProperty().set(LocalDate.of(2026, 12, 5));

        test.clock.advance(Duration.ofDays(2));
        model.shown();

        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void afterASaveTheFormProposesTomorrowAndFollowsTodayAgain() {
        model.titleProperty().set("Concert");
        model.dateProperty().set(LocalDate.of(2026, 12, 5));
        model.save();
        assertThat(test.kiosk.events().all()).anyMatch(e -> e.title().equals("Concert"));
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 29));

        test.clock.advance(Duration.ofDays(1));
        model.shown();

        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
