package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The "Remote commands" screen on a real kiosk: jobs run by the remote job service into the H2
 * ledger are listed with their reasons in the screen's language, and a long reason wraps.
 */
@IntegrationTest
class RemoteCommandsScreenTest extends KioskScreenTest {

    @Override
    protected KioskUiContext context() {
        var kiosk = test.kiosk;
        var ledger = new JdbiJobLedger(kiosk.database());
        var jobs = new RemoteJobService(
                test.clock, kiosk.database(), ledger, kiosk.commands(), kiosk.queries(), MetricsRecorder.none());
        var reader = new JobDocumentReader(test.clock, test.clock.getZone());
        jobs.run("job-1", 1, new RemoteJobService.Valid(new SnoozeEvent(UiTestKiosk.BRUGGE, Duration.ofMinutes(15))));
        jobs.run("job-2", 1, new RemoteJobService.Valid(new SnoozeEvent(UiTestKiosk.BRUGGE, Duration.ofHours(2))));
        jobs.run("job-3", 1, reader.read("""
                {"version": 1, "operation": "launch-rocket"}""", "job-3"));
        return test.context(language(), ledger, KioskUiContext.noMetrics());
    }

    @Test
    void reasonsAreInTheScreensLanguageAndFollowTheSwitch() {
        clickOn("#nav-remote-commands");

        var dutch = reasons();
        assertThat(dutch.subList(1, 3))
                .containsExactly(
                        "Dat loopt voorbij de deadline voor de parking om 17:45; er blijven hoogstens 45 minuten",
                        "KAA Gent - brugge gesnoozed tot 17:15");
        assertThat(dutch.getFirst())
                .startsWith("Ongeldige opdracht — operation: unknown operation 'launch-rocket'; known: [");

        clickOn("#nav-language");

        var english = reasons();
        assertThat(english.subList(1, 3))
                .containsExactly(
                        "That would reach past the car-park deadline at 17:45; at most 45 minutes are left",
                        "Snoozed KAA Gent - brugge until 17:15");
        assertThat(english.getFirst()).startsWith("Invalid command — operation: unknown operation 'launch-rocket'");
    }

    @Test
    void aLongReasonWrapsOntoMoreLinesInsteadOfBeingCut() {
        clickOn("#nav-remote-commands");

        var labels = lookup(".job-reason").queryAllAs(Label.class).stream().toList();
        var longOne = labels.getFirst();
        var shortOne = labels.getLast();
        var shown = (Text) longOne.lookup(".text");

        assertThat(shown.getText()).as("no ellipsis").isEqualTo(longOne.getText());
        assertThat(longOne.getHeight()).as("more than one line").isGreaterThan(shortOne.getHeight() * 1.8);
        assertThat(longOne.localToScene(longOne.getLayoutBounds()).getMaxX())
                .as("within the screen")
                .isLessThanOrEqualTo(longOne.getScene().getWidth());
    }

    @Test
    void fetchingFixturesTellsWhatChangedAndWarnsWhenASourceCouldNotBeRead() {
        var answers = new ArrayDeque<>(List.of(
                new FixtureRefresh.Refreshed(2, 0, 0, "2 changes; club: OK (34 fixtures, 17 ahead at our venue)"),
                new FixtureRefresh.Refreshed(0, 1, 0, "0 changes; club: FAILING (HTTP 503 after 3 attempts)")));
        test.kiosk.commands().useFixtureRefresh(actor -> answers.removeFirst());
        interact(() ->
                test.kiosk.status().fixtures(new ImportStatus(ImportStatus.Health.OK, Optional.empty(), "club: OK")));
        clickOn("#nav-remote-commands");

        clickOn("#refresh-fixtures");

        assertThat(text("feedback")).isEqualTo("✓ Wedstrijden opgehaald: 2 gewijzigd");
        assertThat(lookup("#feedback").query().getPseudoClassStates())
                .noneMatch(p -> p.getPseudoClassName().equals("error"));

        clickOn("#refresh-fixtures");

        assertThat(text("feedback"))
                .isEqualTo("Niet alle wedstrijden opgehaald: 1 bron onbereikbaar, 0 in quarantaine; 0 gewijzigd");
        assertThat(lookup("#feedback").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("error"));
    }

    @Test
    void withoutAFixtureSourceTheFetchButtonIsOffAndSaysWhyUntilASourceIsThere() {
        clickOn("#nav-remote-commands");

        assertThat(lookup("#refresh-fixtures").queryButton().isDisabled()).isTrue();
        assertThat(shown("no-fixture-source")).isTrue();
        assertThat(text("no-fixture-source"))
                .isEqualTo("Geen wedstrijdbron ingesteld: deze kiosk kan geen wedstrijden ophalen.");
        clickOn("#refresh-fixtures");
        assertThat(text("feedback")).as("no refusal after a tap").isEmpty();

        // The import is wired after the first frame: its status arrives while the screen is up.
        interact(() -> test.kiosk
                .status()
                .fixtures(new ImportStatus(ImportStatus.Health.UNKNOWN, Optional.empty(), "club: not read yet")));

        assertThat(lookup("#refresh-fixtures").queryButton().isDisabled()).isFalse();
        assertThat(shown("no-fixture-source")).isFalse();
    }

    private List<String> reasons() {
        return lookup(".job-reason").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }
}
