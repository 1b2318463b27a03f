package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import be.ghelamcoalert.ui.shell.Screen;
import java.time.Duration;
import java.time.LocalTime;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * The lists scroll with a finger: a drag moves the dashboard's events, an event's alerts and the
 * remote commands, and never opens the row or presses the button it started on; a tap still does.
 */
@IntegrationTest
class FingerScrollScreenTest extends KioskScreenTest {

    @Override
    protected KioskUiContext context() {
        for (int week = 1; week <= 8; week++) {
            test.store(
                    TestEvents.homeMatch("match-" + week, UiTestKiosk.MATCH_DAY.plusWeeks(week), LocalTime.of(18, 30)));
        }
        for (int i = 0; i < 7; i++) {
            test.kiosk
                    .commands()
                    .execute(
                            new AddAlert(
                                    UiTestKiosk.BRUGGE,
                                    AlertId.newManual(UiTestKiosk.BRUGGE),
                                    AlertKind.NOTICE,
                                    brussels(2026, 11, 28, 18, 0)
                                            .plusMinutes(10L * i)
                                            .toInstant()),
                            Actor.touchScreen());
        }
        var kiosk = test.kiosk;
        var ledger = new JdbiJobLedger(kiosk.database());
        var jobs = new RemoteJobService(
                test.clock, kiosk.database(), ledger, kiosk.commands(), kiosk.queries(), MetricsRecorder.none());
        for (int i = 1; i <= 12; i++) {
            jobs.run(
                    "job-" + i,
                    1,
                    new RemoteJobService.Valid(new SnoozeEvent(UiTestKiosk.BRUGGE, Duration.ofHours(2))));
        }
        return test.context(language(), ledger, KioskUiContext.noMetrics());
    }

    @Test
    void aDragScrollsTheEventsAndOpensNoneATapOpensOne() {
        var list = scrollPane(".upcoming");

        drag(TaggedNodes.eventRow(this, "brugge"), MouseButton.PRIMARY)
                .moveBy(0, -120)
                .drop();

        assertThat(shell.current()).as("the drag opened nothing").isEqualTo(Screen.DASHBOARD);
        assertThat(list.isPannable()).isTrue();
        assertThat(list.getVvalue()).as("the list moved with the finger").isGreaterThan(0);

        var rowInView = lookup(".event-row").queryAll().stream()
                .filter(row -> list.localToScene(list.getLayoutBounds())
                        .contains(
                                row.localToScene(row.getLayoutBounds()).getCenterX(),
                                row.localToScene(row.getLayoutBounds()).getCenterY()))
                .findFirst()
                .orElseThrow();
        clickOn(rowInView);
        assertThat(shell.current()).as("a tap opens the row").isEqualTo(Screen.EVENT);
        var eventId = be.ghelamcoalert.ui.common.Tags.of(rowInView, be.ghelamcoalert.ui.common.Tags.EVENT)
                .orElseThrow();
        assertThat(eventId).isNotEqualTo("brugge");
        assertThat(text("detail-title")).isEqualTo("KAA Gent - " + eventId);
    }

    @Test
    void aDragOverAnAlertsButtonScrollsTheAlertsAndPressesNothing() {
        interact(() -> shell.openEvent(UiTestKiosk.BRUGGE));
        var list = scrollPane(".alert-scroll");
        var button = lookup(".alert-retime").queryAs(javafx.scene.control.ButtonBase.class);

        drag(button, MouseButton.PRIMARY).moveBy(0, -100).drop();

        assertThat(shown("pick-ok")).as("no time picker").isFalse();
        assertThat(list.getVvalue()).isGreaterThan(0);
        assertThat(button.isArmed()).isFalse();

        var inView = lookup(".alert-retime").queryAll().stream()
                .filter(b -> list.localToScene(list.getLayoutBounds())
                        .contains(
                                b.localToScene(b.getLayoutBounds()).getCenterX(),
                                b.localToScene(b.getLayoutBounds()).getCenterY()))
                .findFirst()
                .orElseThrow();
        clickOn(inView);
        assertThat(shown("pick-ok")).as("a tap still presses a button").isTrue();
    }

    @Test
    void aDragScrollsTheRemoteCommands() {
        clickOn("#nav-remote-commands");
        var list = scrollPane(".remote-commands .scroll-pane");

        drag(".job-row", MouseButton.PRIMARY).moveBy(0, -150).drop();

        assertThat(list.getVvalue()).isGreaterThan(0);
    }

    private ScrollPane scrollPane(String query) {
        return lookup(query).queryAs(ScrollPane.class);
    }
}
