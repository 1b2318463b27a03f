package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.fixtures.KickoffText;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** A lobby notice is worded in the screen's language, and follows the language switch at once. */
@IntegrationTest
class NoticeScreenTest extends KioskScreenTest {

    @Test
    void aMovedKickoffIsShownInDutchThenInEnglishAndBack() {
        var before = TestEvents.homeMatch("brugge", UiTestKiosk.MATCH_DAY, LocalTime.of(20, 45));
        var after = before.withStart(EventStart.at(LocalDate.of(2026, 11, 29), LocalTime.of(18, 30)))
                .withStatus(EventStatus.MOVED);
        long id = test.kiosk
                .notices()
                .add(
                        Optional.of(UiTestKiosk.BRUGGE),
                        new KickoffText(DeadlinePolicy.standard()).moved(before, after),
                        test.clock.instant());
        interact(() -> test.kiosk.changes().publish(ChangeFeed.Topic.NOTICES));
        tick();

        assertThat(noticeText())
                .isEqualTo(
                        "⚠  KAA Gent - brugge: aftrap verplaatst van za 28 nov 20:45 naar zo 29 nov 18:30 — parking leeg om 15:30");

        clickOn("#nav-language");
        assertThat(noticeText())
                .isEqualTo(
                        "⚠  KAA Gent - brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30");
        assertThat(((javafx.scene.control.Labeled)
                                TaggedNodes.dismissButton(this, id).orElseThrow())
                        .getText())
                .isEqualTo("Seen");

        clickOn("#nav-language");
        assertThat(noticeText()).startsWith("⚠  KAA Gent - brugge: aftrap verplaatst van za 28 nov 20:45");
        assertThat(((javafx.scene.control.Labeled)
                                TaggedNodes.dismissButton(this, id).orElseThrow())
                        .getText())
                .isEqualTo("Gezien");
    }

    @Test
    void aNoticeStoredBeforeCodesWereKeptIsShownAsItWasInEveryLanguage() {
        var english =
                "KAA Gent - brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30";
        test.kiosk.notices().add(Optional.of(UiTestKiosk.BRUGGE), english, test.clock.instant());
        interact(() -> test.kiosk.changes().publish(ChangeFeed.Topic.NOTICES));
        tick();

        assertThat(noticeText()).isEqualTo("⚠  " + english);
        clickOn("#nav-language");
        assertThat(noticeText()).isEqualTo("⚠  " + english);
    }

    @Test
    void aRemoteMutesReasonIsShownToTheLobby() {
        interact(() -> test.kiosk
                .commands()
                .execute(
                        new MuteEvent(UiTestKiosk.BRUGGE, true, Optional.of("Achter gesloten deuren")),
                        Actor.remoteJob("mute-1", Optional.of("facility-desk"))));
        tick();

        assertThat(noticeText())
                .isEqualTo(
                        "⚠  KAA Gent - brugge is gedempt door een opdracht op afstand: het licht blijft uit. Reden: Achter gesloten deuren");
        clickOn("#nav-language");
        assertThat(noticeText())
                .isEqualTo(
                        "⚠  KAA Gent - brugge is muted by a remote command: the light stays off. Reason: Achter gesloten deuren");
    }

    private String noticeText() {
        return lookup(".notice-text").queryAs(Label.class).getText();
    }
}
