package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@IntegrationTest
class EventDetailScreenTest extends KioskScreenTest {

    @Test
    void anAlertsTimeIsChangedWithTheSteppers() {
        interact(() -> shell.openEvent(BRUGGE));
        var light = test.alert(BRUGGE, AlertKind.WARNING);
        var key = light.id().value();
        assertThat(TaggedNodes.alertRowIfShown(this, key)).isPresent();

        clickOn(TaggedNodes.retimeButton(this, key));
        assertThat(text("pick-hour-value")).isEqualTo("16");
        assertThat(text("pick-minute-value")).isEqualTo("45");
        clickOn("#pick-hour-plus");
        clickOn("#pick-minute-plus");
        clickOn("#pick-minute-plus");
        clickOn("#pick-ok");

        var moved = test.alert(BRUGGE, AlertKind.WARNING);
        assertThat(moved.dueAt()).isEqualTo(brussels(2026, 11, 28, 17, 55).toInstant());
        assertThat(moved.pinned()).isTrue();
        assertThat(moved.stateAt(test.clock.instant())).isEqualTo(AlertState.SCHEDULED);
        assertThat(text("feedback")).contains("verplaatst naar", "17:55");
    }

    @Test
    void aTimeAfterKickoffIsRefusedWithTheReasonAndChangesNothing() {
        interact(() -> shell.openEvent(BRUGGE));
        var light = test.alert(BRUGGE, AlertKind.WARNING);

        clickOn(TaggedNodes.retimeButton(this, light.id().value()));
        for (int i = 0; i < 5; i++) {
            clickOn("#pick-hour-plus");
        }
        clickOn("#pick-ok");

        assertThat(text("feedback")).isEqualTo("Niet gelukt: Een melding moet vóór de aftrap liggen");
        assertThat(test.alert(BRUGGE, AlertKind.WARNING).dueAt()).isEqualTo(light.dueAt());
    }

    @Test
    void anAlertIsAddedAndRemoved() {
        interact(() -> shell.openEvent(BRUGGE));
        var before = test.kiosk.alerts().forEvent(BRUGGE).size();

        clickOn("#add-alert");
        clickOn("#kind-overdue");
        clickOn("#pick-ok");

        var alerts = test.kiosk.alerts().forEvent(BRUGGE);
        assertThat(alerts).hasSize(before + 1);
        var added = alerts.stream().filter(a -> a.isManual()).findFirst().orElseThrow();
        assertThat(added.kind()).isEqualTo(AlertKind.OVERDUE);
        assertThat(added.dueAt()).isEqualTo(brussels(2026, 11, 28, 17, 15).toInstant());

        interact(() -> lookup(".alert-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        clickOn(TaggedNodes.removeButton(this, added.id().value()));
        clickOn("#confirm-yes");

        assertThat(test.kiosk.alerts().forEvent(BRUGGE)).hasSize(before);
    }

    @Test
    void muteTakesTheAdminPinAndUnmuteDoesNot() {
        interact(() -> shell.openEvent(BRUGGE));

        clickOn("#mute-event");
        assertThat(lookup(".pin-dialog .dialog-title")
                        .queryAs(javafx.scene.control.Labeled.class)
                        .getText())
                .isEqualTo("Beheerderscode voor: evenement dempen");
        clickOn("#pin-cancel");
        assertThat(test.event(BRUGGE).orElseThrow().muted())
                .as("cancelled: not muted")
                .isFalse();

        clickOn("#mute-event");
        clickOn("#pin-9").clickOn("#pin-9").clickOn("#pin-9").clickOn("#pin-9").clickOn("#pin-ok");
        assertThat(text("pin-error")).isEqualTo("Foute code, probeer opnieuw");
        assertThat(test.event(BRUGGE).orElseThrow().muted())
                .as("a wrong PIN mutes nothing")
                .isFalse();

        clickOn("#pin-1").clickOn("#pin-3").clickOn("#pin-5").clickOn("#pin-7").clickOn("#pin-ok");
        assertThat(test.event(BRUGGE).orElseThrow().muted()).isTrue();
        assertThat(text("mute-event")).isEqualTo("Niet meer dempen");

        clickOn("#mute-event");
        assertThat(test.event(BRUGGE).orElseThrow().muted())
                .as("unmuting brings the light back without a PIN")
                .isFalse();
    }

    @Test
    void aCustomEventIsDeletedOnlyWithTheAdminPin() {
        var concert = new EventId("concert");
        test.store(new Event(
                concert,
                "Zomerconcert",
                EventKind.CUSTOM,
                Optional.empty(),
                Optional.empty(),
                "",
                EventStart.at(UiTestKiosk.MATCH_DAY.plusDays(3), LocalTime.of(19, 30)),
                Optional.empty(),
                EventStatus.SCHEDULED,
                "custom",
                false));
        interact(() -> shell.openEvent(concert));
        assertThat(shown("delete-event")).isTrue();

        clickOn("#delete-event");
        clickOn("#pin-1").clickOn("#pin-2").clickOn("#pin-3").clickOn("#pin-4").clickOn("#pin-ok");
        assertThat(text("pin-error")).isEqualTo("Foute code, probeer opnieuw");
        assertThat(test.event(concert)).isPresent();

        clickOn("#pin-1").clickOn("#pin-3").clickOn("#pin-5").clickOn("#pin-7").clickOn("#pin-ok");
        clickOn("#confirm-yes");

        assertThat(test.event(concert)).isEmpty();
        assertThat(shown("hero-headline")).as("back on the dashboard").isTrue();
    }

    @Test
    void theDetailFollowsTheClockWhileItIsShown() {
        test.clock.set(brussels(2026, 11, 28, 16, 44).plusSeconds(59));
        interact(() -> shell.openEvent(BRUGGE));
        var light = test.alert(BRUGGE, AlertKind.WARNING).id().value();
        assertThat(from(TaggedNodes.alertRow(this, light))
                        .lookup(".chip")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("gepland");
        assertThat(lookup(".stage-chip")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("VANDAAG");

        test.clock.advance(java.time.Duration.ofSeconds(1));
        tick();

        assertThat(from(TaggedNodes.alertRow(this, light))
                        .lookup(".chip")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("actief");
        assertThat(lookup(".stage-chip")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("LICHT AAN");
    }

    @Test
    void anImportedMatchCannotBeDeleted() {
        interact(() -> shell.openEvent(BRUGGE));

        assertThat(shown("delete-event")).isFalse();
    }
}
