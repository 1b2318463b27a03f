package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.UiSettings;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A kiosk whose admin PIN is still the documented default ({@value UiSettings#DEFAULT_ADMIN_PIN}):
 * outside the demo that PIN opens nothing and the status bar says no PIN is set; the demo takes it.
 */
@IntegrationTest
class DefaultPinScreenTest extends FxRobot {
    @TempDir
    Path dataDir;

    UiTestKiosk test;
    KioskShell shell;

    @AfterEach
    void closeScreen() throws Exception {
        FxToolkit.cleanupStages();
        interact(shell::close);
        test.close();
    }

    @Test
    void outsideTheDemoTheDefaultPinOpensNothingAndTheStatusBarSaysSo() throws Exception {
        show(false, "nl");
        assertThat(text("status-no-pin")).isEqualTo("Beheerderscode niet ingesteld");
        assertThat(text("hero-headline")).as("the alarm screen works as ever").isEqualTo("Parking leeg om 17:45");

        clickOn("#nav-settings");
        typeDefaultPin();
        assertThat(text("pin-error")).isEqualTo("Geen beheerderscode ingesteld: beheer blijft vergrendeld");
        clickOn("#pin-cancel");
        assertThat(lookup("#settings-language-nl").tryQuery())
                .as("the admin screen stays shut")
                .isEmpty();

        clickOn("#light-test");
        typeDefaultPin();
        assertThat(text("pin-error")).isEqualTo("Geen beheerderscode ingesteld: beheer blijft vergrendeld");
        assertThat(test.kiosk.audit().latest(10))
                .filteredOn(a -> a.action().equals("admin-pin-refused"))
                .hasSize(2);
    }

    @Test
    void theStatusBarSaysItInEnglishToo() throws Exception {
        show(false, "en");

        assertThat(text("status-no-pin")).isEqualTo("Admin PIN not set");
    }

    @Test
    void theDemoTakesTheDocumentedPin() throws Exception {
        show(true, "nl");
        assertThat(lookup("#status-no-pin").tryQuery()).isEmpty();

        clickOn("#nav-settings");
        typeDefaultPin();

        assertThat(lookup("#settings-language-nl").tryQuery())
                .as("the admin screen is open")
                .isPresent();
    }

    private void show(boolean demo, String language) throws Exception {
        test = new UiTestKiosk(dataDir, UiSettings.defaults());
        shell = ShellOnStage.show(demo ? test.demoContext(language) : test.context(language));
    }

    private void typeDefaultPin() {
        for (var digit : UiSettings.DEFAULT_ADMIN_PIN.toCharArray()) {
            clickOn("#pin-" + digit);
        }
        clickOn("#pin-ok");
    }

    private String text(String id) {
        return lookup("#" + id).queryAs(Labeled.class).getText();
    }
}
