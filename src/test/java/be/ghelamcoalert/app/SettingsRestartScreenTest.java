package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import be.ghelamcoalert.ui.ShellOnStage;
import be.ghelamcoalert.ui.night.ScreenRest;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A kiosk restarted on the same H2 file starts with the language and night mode chosen before,
 * through the same wiring as the real start ({@link UiWiring}); kiosk.yaml says Dutch and 22:00.
 */
@IntegrationTest
class SettingsRestartScreenTest extends FxRobot {
    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 21, 30));
    private Kiosk kiosk;
    private KioskShell shell;

    @Test
    void theLanguageAndNightModeChosenBeforeARestartAreInForceAfterIt() throws Exception {
        start();
        assertThat(text("nav-dashboard")).isEqualTo("Overzicht");
        clickOn("#nav-language");
        assertThat(text("nav-dashboard")).isEqualTo("Overview");
        kiosk.commands()
                .execute(
                        ChangeSettings.nightMode(new NightSchedule(
                                true, LocalTime.of(21, 0), LocalTime.of(7, 0), NightSchedule.Action.BLANK)),
                        Actor.remoteJob("job-1"));
        stop();

        start();

        assertThat(text("nav-dashboard")).isEqualTo("Overview");
        assertThat(text("hero-headline")).startsWith("Car park empty");
        interact(shell::tick);
        assertThat(shell.rest().stateProperty().get())
                .as("21:30 is night since the change")
                .isEqualTo(ScreenRest.State.BLANK);
    }

    private void start() throws Exception {
        kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir);
        kiosk.database()
                .run(() -> kiosk.planning()
                        .store(
                                TestEvents.homeMatch("brugge", LocalDate.of(2026, 11, 29), LocalTime.of(20, 45)),
                                Actor.system("test"),
                                "create-event",
                                "test"));
        var context = UiWiring.context(kiosk, false);
        shell = ShellOnStage.show(context);
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            FxToolkit.cleanupStages();
            interact(shell::close);
            kiosk.close();
            kiosk = null;
        }
    }

    private String text(String id) {
        return lookup("#" + id).queryAs(Labeled.class).getText();
    }
}
