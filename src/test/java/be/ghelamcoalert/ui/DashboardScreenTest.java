package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

@IntegrationTest
class DashboardScreenTest extends KioskScreenTest {

    @Test
    void theHeroShowsTheNextDeadlineWithStageInWordsAndCountsDown() {
        assertThat(text("hero-headline")).isEqualTo("Parking leeg om 17:45");
        assertThat(text("hero-countdown")).isEqualTo("nog 45 min 00 s");
        assertThat(text("hero-stage")).isEqualTo("LICHT AAN — PARKING VRIJMAKEN");
        assertThat(text("hero-detail")).isEqualTo("KAA Gent - brugge  ·  za\u00A028\u00A0nov  ·  aftrap\u00A020:45");
        assertThat(lookup("#hero").queryAs(Node.class).getStyleClass()).contains("stage-light-on");

        test.clock.advance(Duration.ofMinutes(2));
        tick();

        assertThat(text("hero-countdown")).isEqualTo("nog 43 min 00 s");
    }

    /**
     * JavaFX caches styles per CSS id and never forgets one: an id made from an event's or an
     * alert's id would grow that cache with every event the kiosk ever showed (the soak showed it).
     */
    @Test
    void noCssIdIsMadeFromAnEventOrAnAlert() {
        var names = new java.util.ArrayList<String>(java.util.List.of(BRUGGE.value()));
        test.kiosk
                .alerts()
                .forEvent(BRUGGE)
                .forEach(alert -> names.add(alert.id().value()));
        var ids = new java.util.ArrayList<String>();

        collectIds(lookup(".root").query(), ids);
        interact(() -> shell.openEvent(BRUGGE));
        collectIds(lookup(".root").query(), ids);

        assertThat(ids).isNotEmpty().noneMatch(id -> names.stream().anyMatch(id::contains));
    }

    private static void collectIds(Node node, java.util.List<String> ids) {
        if (node.getId() != null) {
            ids.add(node.getId());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectIds(child, ids));
        }
    }

    @Test
    void theCountdownIsNeverCutOffWhenItsWidthChanges() {
        var countdown = lookup("#hero-countdown").queryAs(javafx.scene.control.Label.class);

        test.clock.advance(Duration.ofSeconds(1));
        tick();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("hero-countdown")).isEqualTo("nog 44 min 59 s");
        assertThat(countdown.getWidth()).isGreaterThanOrEqualTo(countdown.prefWidth(-1));

        test.clock.advance(Duration.ofMinutes(40));
        tick();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("hero-countdown")).isEqualTo("nog 4 min 59 s");
        assertThat(countdown.getWidth())
                .as("follows the narrower text")
                .isBetween(countdown.prefWidth(-1), countdown.prefWidth(-1) + 1);
        assertThat(countdown.isTextTruncated()).isFalse();
    }

    @Test
    void aSecondsTickReLaysOutTheCountdownAloneNotTheScreenAroundIt() {
        test.clock.advance(Duration.ofSeconds(2)); // past the list's minute turn
        tick();
        WaitForAsyncUtils.waitForFxEvents();

        test.clock.advance(Duration.ofSeconds(1));
        var needLayout = new java.util.ArrayList<String>();
        interact(() -> {
            shell.tick();
            collectNeedingLayout(shell.root(), needLayout);
        });

        assertThat(text("hero-countdown")).isEqualTo("nog 44 min 57 s");
        assertThat(needLayout).containsExactly("hero-countdown");
    }

    private static void collectNeedingLayout(Node node, java.util.List<String> found) {
        if (node instanceof javafx.scene.Parent parent) {
            if (parent.isNeedsLayout()) {
                found.add(
                        parent.getId() == null
                                ? parent.getClass().getSimpleName() + parent.getStyleClass()
                                : parent.getId());
            }
            parent.getChildrenUnmodifiable().forEach(child -> collectNeedingLayout(child, found));
        }
    }

    @Test
    void snoozeSilencesTheActiveAlertsInTheDatabaseUntilTheChosenTime() {
        clickOn("#snooze-15");

        var light = test.alert(BRUGGE, AlertKind.WARNING);
        assertThat(light.snoozedUntil()).contains(brussels(2026, 11, 28, 17, 15).toInstant());
        assertThat(light.stateAt(test.clock.instant())).isEqualTo(AlertState.SNOOZED);
        assertThat(text("feedback")).contains("snoozed", "17:15");
        assertThat(shown("snooze-15")).as("nothing left to snooze").isFalse();
        assertThat(text("hero-stage"))
                .as("the light is off for now, and the hero says so")
                .isEqualTo("GESNOOZED TOT 17:15 — PARKING VRIJMAKEN");
        assertThat(from(TaggedNodes.eventRow(this, "brugge"))
                        .lookup(".stage-chip")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("GESNOOZED");
        assertThat(test.kiosk.audit().latest(1).getFirst().action()).isEqualTo("snooze");
    }

    @Test
    void snoozeNearTheDeadlineIsCappedAtIt() {
        test.clock.set(brussels(2026, 11, 28, 17, 30));
        tick();

        clickOn("#snooze-60");

        assertThat(test.alert(BRUGGE, AlertKind.WARNING).snoozedUntil())
                .contains(brussels(2026, 11, 28, 17, 45).toInstant());
        assertThat(text("feedback")).isEqualTo("✓ KAA Gent - brugge gesnoozed tot 17:45 (niet later dan de deadline)");
    }

    @Test
    void afterTheDeadlineOnlyConfirmIsOffered() {
        test.clock.set(brussels(2026, 11, 28, 17, 50));
        tick();

        assertThat(text("hero-stage")).isEqualTo("TE LAAT — PARKING NU VRIJMAKEN");
        assertThat(text("hero-countdown")).isEqualTo("te laat: 5 min 00 s");
        assertThat(shown("snooze-15")).isFalse();
        assertThat(shown("confirm-clear")).isTrue();
        var confirm = lookup("#confirm-clear").query();
        var hero = lookup("#hero").query();
        assertThat(confirm.localToScene(confirm.getLayoutBounds()).getMinX()
                        - hero.localToScene(hero.getLayoutBounds()).getMinX())
                .as("alone, the button starts at the hero's padding, not indented")
                .isLessThan(30);
    }

    @Test
    void confirmingTheCarParkIsClearAsksFirstThenConfirmsEveryAlert() {
        clickOn("#confirm-clear");
        assertThat(shown("confirm-yes")).isTrue();
        clickOn("#confirm-no");
        assertThat(test.alert(BRUGGE, AlertKind.WARNING).confirmedAt()).isEmpty();

        clickOn("#confirm-clear");
        clickOn("#confirm-yes");

        assertThat(test.kiosk.alerts().forEvent(BRUGGE))
                .allSatisfy(a -> assertThat(a.stateAt(test.clock.instant())).isEqualTo(AlertState.CONFIRMED));
        assertThat(text("hero-stage")).isEqualTo("PARKING LEEG BEVESTIGD");
        assertThat(shown("confirm-clear")).isFalse();
    }

    @Test
    void yesConfirmsTheEventTheQuestionNamedEvenWhenTheHeroMovedOnMeanwhile() {
        test.store(be.ghelamcoalert.testing.TestEvents.homeMatch(
                "standard", UiTestKiosk.MATCH_DAY, java.time.LocalTime.of(21, 0)));
        tick();
        clickOn("#confirm-clear");
        assertThat(text("confirm-question")).contains("KAA Gent - brugge");

        // Meanwhile a remote job confirms Brugge: the hero moves on to Standard behind the open question.
        interact(() -> test.kiosk
                .commands()
                .execute(new ConfirmClear(BRUGGE), be.ghelamcoalert.core.model.Actor.system("remote")));
        interact(() -> test.kiosk.changes().publish(be.ghelamcoalert.core.service.ChangeFeed.Topic.EVENTS));
        assertThat(text("hero-detail")).startsWith("KAA Gent - standard");

        clickOn("#confirm-yes");

        var standard = new be.ghelamcoalert.core.model.EventId("standard");
        assertThat(test.kiosk.alerts().forEvent(standard))
                .allSatisfy(a -> assertThat(a.confirmedAt()).isEmpty());
        assertThat(text("feedback")).contains("KAA Gent - brugge");
    }

    @Test
    void aMutedEventsHeroSaysTheLightStaysOff() {
        interact(() -> test.kiosk
                .commands()
                .execute(
                        new be.ghelamcoalert.core.model.command.MuteEvent(BRUGGE, true),
                        be.ghelamcoalert.core.model.Actor.touchScreen()));
        interact(() -> test.kiosk.changes().publish(be.ghelamcoalert.core.service.ChangeFeed.Topic.EVENTS));

        assertThat(text("hero-stage")).isEqualTo("GEDEMPT — HET LICHT BLIJFT UIT");
        assertThat(from(TaggedNodes.eventRow(this, "brugge"))
                        .lookup(".stage-chip")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("GEDEMPT");
    }

    @Test
    void theLampMirrorsTheRelayAndBlinksWithIt() {
        assertThat(text("status-light")).isEqualTo("Licht uit");
        assertThat(lit()).isFalse();

        interact(() -> test.kiosk.status().light(new LightStatus(LightPattern.SLOW_BLINK, "overdue", true, "")));
        var first = lit();
        test.clock.advance(Duration.ofSeconds(1));
        tick();

        assertThat(text("status-light")).isEqualTo("Licht knippert");
        assertThat(lit()).isNotEqualTo(first);

        interact(() -> test.kiosk.status().light(new LightStatus(LightPattern.STEADY, "light stage", true, "")));
        assertThat(text("status-light")).isEqualTo("Licht AAN");
        assertThat(lit()).isTrue();
    }

    @Test
    void aNoticeStaysUntilTapped() {
        long id = test.kiosk.notices().add(Optional.of(BRUGGE), "Aftrap verplaatst naar 20:45", test.clock.instant());
        interact(() -> test.kiosk.changes().publish(be.ghelamcoalert.core.service.ChangeFeed.Topic.NOTICES));
        test.clock.advance(Duration.ofHours(1));
        tick();
        assertThat(TaggedNodes.dismissButton(this, id).filter(KioskScreenTest::onScreen))
                .isPresent();

        clickOn(TaggedNodes.dismissButton(this, id).orElseThrow());

        assertThat(test.kiosk.notices().unseen()).isEmpty();
        assertThat(TaggedNodes.dismissButton(this, id).filter(KioskScreenTest::onScreen))
                .isEmpty();
    }

    @Test
    void tappingTheHeroOpensTheEventDetail() {
        clickOn("#hero-headline");

        assertThat(text("detail-title")).isEqualTo("KAA Gent - brugge");
        clickOn("#detail-back");
        assertThat(shown("hero-headline")).isTrue();
    }

    private boolean lit() {
        return lookup("#lamp").query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("lit"));
    }
}
