package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseChange;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.CommandFailedException;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.Updater;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.testing.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Over-the-air updates on a real kiosk screen (800x480, H2 ledger): an update job reads as one,
 * with its version and how far it got, in both languages and whole; the status bar names the
 * release that runs for a minute after an update, by the kiosk's clock.
 */
@IntegrationTest
class UpdateScreenTest extends KioskScreenTest {
    private static final ReleaseVersion V150 = ReleaseVersion.of("1.5.0");

    private final ArrayDeque<Function<UpdateRelease, Updater.Progress>> updater = new ArrayDeque<>();
    private RemoteJobService jobs;

    @Override
    protected KioskUiContext context() {
        var kiosk = test.kiosk;
        var ledger = new JdbiJobLedger(kiosk.database());
        jobs = new RemoteJobService(
                test.clock, kiosk.database(), ledger, kiosk.commands(), kiosk.queries(), MetricsRecorder.none());
        kiosk.commands().useUpdater(update -> updater.removeFirst().apply(update));
        updater.add(update -> {
            throw new InvalidCommandException(
                    "url", Refusal.BUNDLE_NOT_TRUSTED, update.version(), "no trusted key made the signature");
        });
        jobs.run("update-1", 1, new RemoteJobService.Valid(update(ReleaseVersion.of("1.4.9"))));
        updater.add(update -> new Updater.Progress(update.version(), Updater.Step.SWITCHED));
        jobs.run("update-2", 1, new RemoteJobService.Valid(update(V150)));
        return test.context(language(), ledger, KioskUiContext.noMetrics());
    }

    @Test
    void anUpdateShowsItsVersionAndStageAndThenHowItsTrialEndedInBothLanguages() {
        clickOn("#nav-remote-commands");

        assertThat(operations()).containsExactly("Update naar 1.5.0", "Update naar 1.4.9");
        assertThat(chips()).containsExactly("op proef", "geweigerd");
        assertThat(reasons())
                .containsExactly(
                        "Geïnstalleerd; de kiosk houdt versie 1.5.0 als alles opkomt",
                        "Handtekening niet vertrouwd of inhoud gewijzigd");
        assertWholeAndWithinTheScreen();

        // The kiosk restarted into 1.5.0; the job, delivered again, waits for the trial: it did not come up.
        updater.add(update -> {
            throw new CommandFailedException(
                    Failure.RELEASE_NOT_HEALTHY,
                    update.version(),
                    new MessageArgument.Parts(List.of(Part.SCREEN, Part.CLOUD)),
                    "not healthy 3 min after the switch");
        });
        interact(() -> jobs.run("update-2", 1, new RemoteJobService.Valid(update(V150))));
        clickOn("#nav-remote-commands");

        assertThat(chips()).containsExactly("teruggedraaid", "geweigerd");
        assertThat(reasons().getFirst()).isEqualTo("Niet op tijd klaar: scherm en cloud");

        clickOn("#nav-language");

        assertThat(operations()).containsExactly("Update to 1.5.0", "Update to 1.4.9");
        assertThat(chips()).containsExactly("rolled back", "refused");
        assertThat(reasons())
                .containsExactly("Not up in time: screen and cloud", "Signature not trusted or contents changed");
        assertWholeAndWithinTheScreen();
    }

    @Test
    void theStatusBarNamesTheReleaseForAMinuteAfterAnUpdateAndThenGoesBackToNormal() {
        assertThat(shown("status-release")).isFalse();

        interact(() -> test.kiosk
                .status()
                .release(ReleaseChange.updated(V150, ReleaseVersion.of("1.4.0"), test.clock.instant())));

        assertThat(shown("status-release")).isTrue();
        assertThat(text("status-release")).isEqualTo("Versie 1.5.0 draait (bijgewerkt van 1.4.0)");
        assertWhole("#status-release");
        clickOn("#nav-language");
        assertThat(text("status-release")).isEqualTo("Running version 1.5.0 (updated from 1.4.0)");

        test.clock.advance(ReleaseChange.SHOWN_FOR.minusSeconds(1));
        tick();
        assertThat(shown("status-release")).isTrue();

        test.clock.advance(Duration.ofSeconds(1));
        tick();
        assertThat(shown("status-release"))
                .as("a minute later the bar is as before")
                .isFalse();
    }

    @Test
    void afterARollbackTheStatusBarSaysWhichReleaseRunsAgainInEitherLanguage() {
        interact(() -> test.kiosk
                .status()
                .release(ReleaseChange.rolledBack(ReleaseVersion.of("1.4.0"), V150, test.clock.instant())));

        assertThat(text("status-release")).isEqualTo("Terug op versie 1.4.0: update naar 1.5.0 teruggedraaid");
        assertWhole("#status-release");
        clickOn("#nav-language");
        assertThat(text("status-release")).isEqualTo("Back on version 1.4.0: update to 1.5.0 rolled back");
        assertWhole("#status-release");
    }

    private static UpdateRelease update(ReleaseVersion version) {
        return new UpdateRelease(URI.create("https://releases.example.org/b.zip"), "0".repeat(64), version, false);
    }

    private List<String> operations() {
        return texts(".job-operation");
    }

    private List<String> chips() {
        return texts(".job-row .chip");
    }

    private List<String> reasons() {
        return texts(".job-reason");
    }

    private List<String> texts(String query) {
        return lookup(query).queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    private void assertWholeAndWithinTheScreen() {
        for (var query : List.of(".job-operation", ".job-row .chip", ".job-reason")) {
            assertWhole(query);
        }
    }

    /** Every label the query finds shows all its text (no ellipsis) and ends within the window. */
    private void assertWhole(String query) {
        for (var label : lookup(query).queryAllAs(Label.class)) {
            var shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as(query + ": no ellipsis").isEqualTo(label.getText());
            assertThat(label.localToScene(label.getLayoutBounds()).getMaxX())
                    .as(query + " within the screen")
                    .isLessThanOrEqualTo(label.getScene().getWidth());
        }
    }
}
