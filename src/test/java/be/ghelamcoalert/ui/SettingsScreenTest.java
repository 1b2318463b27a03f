package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.night.ScreenRest;
import be.ghelamcoalert.ui.shell.Screen;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The admin settings screen on a real kiosk (H2 in a temporary directory), tapped by the robot. */
@IntegrationTest
class SettingsScreenTest extends KioskScreenTest {

    @Test
    void theSettingsScreenNeedsTheAdminPin() {
        clickOn("#nav-settings");
        pin("1111");
        assertThat(text("pin-error")).isEqualTo("Foute code, probeer opnieuw");
        clickOn("#pin-cancel");
        assertThat(shell.current()).isEqualTo(Screen.DASHBOARD);
        assertThat(shown("settings-save-night")).isFalse();

        openSettings();

        assertThat(shell.current()).isEqualTo(Screen.SETTINGS);
        assertThat(text("settings-night-now")).isEqualTo("Nu: gedimd van 22:00 tot 06:30");
        assertThat(text("fact-name")).isEqualTo("Ghelamco Alert");
        assertThat(text("fact-version")).isEqualTo("dev");
        assertThat(text("fact-data")).isEqualTo(dataDir.toAbsolutePath().toString());
        assertThat(text("fact-cloud")).isEqualTo("offline (geen AWS IoT ingesteld)");
        assertThat(text("fact-relay")).isEqualTo("GPIO 17 (BCM)");
        assertThat(lookup("#settings-save-night").queryButton().isDisabled())
                .as("nothing edited yet")
                .isTrue();
    }

    @Test
    void aNightModeSavedOnTheScreenRulesTheScreenAtOnce() {
        test.clock.set(brussels(2026, 11, 28, 21, 30));
        tick();
        assertThat(shell.rest().stateProperty().get())
                .as("kiosk.yaml: the night starts at 22:00")
                .isEqualTo(ScreenRest.State.AWAKE);
        openSettings();

        clickOn("#settings-night-blank");
        clickOn("#settings-from-hour-minus");
        clickOn("#settings-save-night");

        assertThat(text("feedback")).isEqualTo("✓ Instellingen opgeslagen");
        assertThat(test.kiosk.queries().settings().nightMode())
                .isEqualTo(
                        new NightSchedule(true, LocalTime.of(21, 0), LocalTime.of(6, 30), NightSchedule.Action.BLANK));
        assertThat(text("settings-night-now")).isEqualTo("Nu: zwart van 21:00 tot 06:30");
        assertThat(test.kiosk.audit().latest(1).getFirst().detail()).isEqualTo("night mode on 21:00-06:30 blank");
        test.clock.advance(Duration.ofMinutes(5));
        tick();
        assertThat(shell.rest().stateProperty().get()).isEqualTo(ScreenRest.State.BLANK);
        assertThat(shown("night-veil")).isTrue();
        assertThat(shell.current())
                .as("untouched, back to the overview and locked")
                .isEqualTo(Screen.DASHBOARD);

        clickOn("#nav-settings");
        assertThat(shell.rest().stateProperty().get())
                .as("the first touch only wakes")
                .isEqualTo(ScreenRest.State.AWAKE);
        assertThat(shown("pin-dots")).isFalse();
        System.gc(); // the choice buttons' bindings must outlive a collection
        openSettings();
        clickOn("#settings-night-off");
        assertThat(lookup("#settings-night-dim").queryButton().isDisabled()).isTrue();
        assertThat(selected("settings-night-off")).isTrue();
        assertThat(selected("settings-night-on")).isFalse();
        clickOn("#settings-save-night");
        assertThat(text("settings-night-now")).isEqualTo("Nu: het scherm blijft altijd aan");
        test.clock.advance(Duration.ofMinutes(10));
        tick();

        assertThat(shell.rest().stateProperty().get())
                .as("night mode off: never rests")
                .isEqualTo(ScreenRest.State.AWAKE);
        assertThat(test.kiosk.queries().settings().nightMode().enabled()).isFalse();
    }

    @Test
    void aNightThatEndsWhenItStartsIsRefusedInDutchAndChangesNothing() {
        openSettings();
        for (int i = 0; i < 8; i++) {
            clickOn("#settings-until-hour-plus");
        }
        assertThat(text("settings-until-hour-value")).isEqualTo("14");
        for (int i = 0; i < 8; i++) {
            clickOn("#settings-until-hour-plus");
        }
        for (int i = 0; i < 6; i++) {
            clickOn("#settings-until-minute-minus");
        }
        clickOn("#settings-save-night");

        assertThat(text("feedback"))
                .isEqualTo("Niet gelukt: De nacht moet op een ander uur eindigen dan hij begint (22:00)");
        assertThat(test.kiosk.queries().settings().nightMode().until()).isEqualTo(LocalTime.of(6, 30));
        assertThat(test.kiosk.audit().latest(5)).noneMatch(a -> a.action().equals("change-settings"));
    }

    @Test
    void theLanguageIsSavedAndTheWholeScreenFollows() {
        openSettings();

        clickOn("#settings-language-en");

        assertThat(test.kiosk.queries().settings().language()).isEqualTo(Language.EN);
        assertThat(text("feedback")).isEqualTo("✓ Language: English");
        assertThat(text("nav-dashboard")).isEqualTo("Overview");
        assertThat(text("settings-night-now")).isEqualTo("Now: dimmed from 22:00 to 06:30");
        assertThat(selected("settings-language-en")).isTrue();
        assertThat(selected("settings-language-nl")).isFalse();

        clickOn("#nav-language");

        assertThat(test.kiosk.queries().settings().language())
                .as("the language button saves too")
                .isEqualTo(Language.NL);
        assertThat(text("nav-dashboard")).isEqualTo("Overzicht");
        assertThat(test.kiosk.audit().latest(2)).allMatch(a -> a.action().equals("change-settings"));
    }

    @Test
    void aChangeFromARemoteJobReachesTheScreenAtOnce() {
        test.kiosk.commands().execute(ChangeSettings.language(Language.EN), Actor.remoteJob("job-3"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("nav-dashboard")).isEqualTo("Overview");
        assertThat(text("hero-headline")).isEqualTo("Car park empty by 17:45");
    }

    private boolean selected(String id) {
        return lookup("#" + id)
                .query()
                .getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("selected"));
    }

    private void openSettings() {
        clickOn("#nav-settings");
        pin(UiTestKiosk.ADMIN_PIN);
    }

    private void pin(String digits) {
        for (var digit : digits.toCharArray()) {
            clickOn("#pin-" + digit);
        }
        clickOn("#pin-ok");
    }
}
