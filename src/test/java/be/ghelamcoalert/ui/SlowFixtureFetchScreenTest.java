package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.port.FixtureRefresh;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fixture import with retries can take a minute. With the application's own background thread
 * (not in place, as in the other screen tests), a snooze and a confirm tapped while it runs reach
 * the H2 store at once, and the import's result still comes back to the screen.
 */
@IntegrationTest
class SlowFixtureFetchScreenTest extends FxRobot {
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    private final CountDownLatch importStarted = new CountDownLatch(1);
    private final CountDownLatch importMayEnd = new CountDownLatch(1);
    private UiTestKiosk test;
    private BackgroundWork work;
    private KioskShell shell;

    @BeforeEach
    void showScreen() throws Exception {
        test = new UiTestKiosk(dataDir);
        test.kiosk.status().fixtures(new ImportStatus(ImportStatus.Health.OK, Optional.empty(), "club: OK"));
        test.kiosk.commands().useFixtureRefresh(actor -> {
            importStarted.countDown();
            try {
                // A scrape waiting for a slow site: it ends when the test says so.
                if (!importMayEnd.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the import end");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
            return new FixtureRefresh.Refreshed(1, 0, 0, "1 change; club: OK");
        });
        work = BackgroundWork.singleThread(UiThread.javaFx());
        shell = ShellOnStage.show(test.context("nl"), work);
    }

    @AfterEach
    void closeScreen() throws Exception {
        importMayEnd.countDown();
        FxToolkit.cleanupStages();
        interact(shell::close);
        work.close();
        test.close();
    }

    @Test
    void aSnoozeAndAConfirmTappedWhileAFetchHangsReachTheStoreBeforeTheFetchEnds() throws Exception {
        clickOn("#nav-remote-commands");
        clickOn("#refresh-fixtures");
        assertThat(importStarted.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                .as("import started")
                .isTrue();
        assertThat(fetchButton().isDisabled()).isTrue();
        assertThat(fetchButton().getText()).isEqualTo("Bezig met ophalen…");

        clickOn("#nav-dashboard");
        clickOn("#snooze-15");

        await().atMost(PROMPTLY)
                .until(() -> test.alert(BRUGGE, AlertKind.WARNING)
                        .snoozedUntil()
                        .equals(Optional.of(brussels(2026, 11, 28, 17, 15).toInstant())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("feedback")).contains("gesnoozed tot 17:15");

        clickOn("#confirm-clear");
        clickOn("#confirm-yes");

        await().atMost(PROMPTLY)
                .until(() -> test.kiosk.alerts().forEvent(BRUGGE).stream()
                        .allMatch(a -> a.stateAt(test.clock.instant()) == AlertState.CONFIRMED));
        assertThat(importMayEnd.getCount()).as("the import is still running").isEqualTo(1);
        clickOn("#nav-remote-commands");
        assertThat(fetchButton().isDisabled()).as("still busy").isTrue();

        importMayEnd.countDown();

        await().atMost(PROMPTLY).until(() -> !fetchButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fetchButton().getText()).isEqualTo("Wedstrijden nu ophalen");
        assertThat(text("feedback")).isEqualTo("✓ Wedstrijden opgehaald: 1 gewijzigd");
    }

    @Test
    void theImportsOwnThreadEndsWhenTheScreenCloses() throws Exception {
        clickOn("#nav-remote-commands");
        clickOn("#refresh-fixtures");
        assertThat(importStarted.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(threadsNamed("ui-fixture-import")).isEqualTo(1);

        interact(shell::close);

        await().atMost(PROMPTLY).until(() -> threadsNamed("ui-fixture-import") == 0);
    }

    private Button fetchButton() {
        return lookup("#refresh-fixtures").queryButton();
    }

    private String text(String id) {
        return lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private static long threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .count();
    }
}
