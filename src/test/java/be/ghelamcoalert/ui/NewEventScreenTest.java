package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

@IntegrationTest
class NewEventScreenTest extends KioskScreenTest {

    @Test
    void aCustomEventIsEnteredWithTheOnScreenKeyboardAndSteppers() {
        clickOn("#nav-new-event");
        for (var key : new String[] {"c", "o", "n", "c", "e", "r", "t", "space", "x", "backspace", "a"}) {
            clickOn("#key-" + key);
        }
        assertThat(text("new-title")).isEqualTo("Concert a▏");
        clickOn("#key-done");

        clickOn("#new-date-plus");
        clickOn("#new-start-hour-minus");
        clickOn("#new-start-minute-plus");
        clickOn("#new-end-toggle");
        clickOn("#new-save");

        var created = test.kiosk.events().all().stream()
                .filter(Event::isCustom)
                .findFirst()
                .orElseThrow();
        assertThat(created.title()).isEqualTo("Concert a");
        assertThat(created.kind()).isEqualTo(EventKind.CUSTOM);
        assertThat(created.start().date()).isEqualTo(UiTestKiosk.MATCH_DAY.plusDays(2));
        assertThat(created.start().time()).contains(LocalTime.of(19, 5));
        assertThat(created.endTime()).contains(LocalTime.of(23, 0));
        assertThat(test.kiosk.alerts().forEvent(created.id())).isNotEmpty();
        assertThat(shown("hero-headline")).as("back on the dashboard").isTrue();
    }

    @Test
    void anEmptyTitleIsRefusedAndNothingIsStored() {
        clickOn("#nav-new-event");
        clickOn("#key-done");
        clickOn("#new-save");

        assertThat(text("feedback")).isEqualTo("Niet gelukt: De naam mag niet leeg zijn");
        assertThat(test.kiosk.events().all()).noneMatch(Event::isCustom);
        assertThat(shown("new-save")).isTrue();
    }

    /** A concert from 22:00 until 01:00: the end is on the next day, and the form says so before it is saved. */
    @Test
    void anEndBeforeTheStartIsOnTheNextDayAndTheFormSaysSo() {
        clickOn("#nav-new-event");
        clickOn("#key-q");
        clickOn("#key-done");
        clickOn("#new-end-toggle");
        assertThat(shown("new-end-next-day")).as("23:00 after 20:00").isFalse();
        for (int i = 0; i < 4; i++) {
            clickOn("#new-end-hour-minus");
        }
        assertThat(shown("new-end-next-day")).isTrue();
        assertThat(text("new-end-next-day")).isEqualTo("Het einde is de volgende dag");
        clickOn("#new-save");

        var created = test.kiosk.events().all().stream()
                .filter(Event::isCustom)
                .findFirst()
                .orElseThrow();
        assertThat(created.endTime()).contains(LocalTime.of(19, 0));
        assertThat(created.endsNextDay()).isTrue();
    }

    @Test
    void anEndAtTheStartIsRefused() {
        clickOn("#nav-new-event");
        clickOn("#key-q");
        clickOn("#key-done");
        clickOn("#new-end-toggle");
        for (int i = 0; i < 3; i++) {
            clickOn("#new-end-hour-minus");
        }
        clickOn("#new-save");

        assertThat(text("feedback")).startsWith("Niet gelukt: Het einde moet na het begin (20:00");
        assertThat(test.kiosk.events().all().stream().filter(Event::isCustom).map(Event::endTime))
                .isEmpty();
        assertThat(Optional.of(text("new-title"))).contains("Q▏");
    }

    @Test
    void theNameHintFollowsTheLanguage() {
        clickOn("#nav-new-event");
        assertThat(text("new-title")).isEqualTo("Tik hier om een naam te typen");

        clickOn("#nav-language");

        assertThat(text("new-title")).isEqualTo("Tap here to type a name");
    }

    @Test
    void anUntouchedDateMovesAlongWithTodayWhenTheScreenIsShownAgain() {
        clickOn("#nav-new-event");
        assertThat(text("new-date-value")).isEqualTo("zo 29 nov");
        clickOn("#nav-dashboard");

        test.clock.advance(Duration.ofDays(21));
        tick();
        clickOn("#nav-new-event");

        assertThat(text("new-date-value")).isEqualTo("zo 20 dec");
    }

    @Test
    void aLongNameShowsItsEndAndTheCaptionStaysWhole() {
        clickOn("#nav-new-event");
        // The on-screen keys, pressed without moving the mouse 70 times.
        interact(() -> {
            for (int word = 0; word < 9; word++) {
                for (var key : new String[] {"m", "w", "m", "w", "m", "w", "m", "space"}) {
                    lookup("#key-" + key).queryAs(Button.class).fire();
                }
            }
            lookup("#key-q").queryAs(Button.class).fire();
        });
        clickOn("#key-q");

        var field = lookup("#new-title").queryAs(Labeled.class);
        assertThat(field.getText()).hasSize(75).endsWith("m qq▏");
        assertThat(field.isTextTruncated())
                .as("the name is longer than the field")
                .isTrue();
        assertThat(shownText("#new-title"))
                .startsWith(field.getEllipsisString())
                .endsWith("m qq▏");
        assertThat(shownText("#new-title-caption")).isEqualTo("Naam");
    }

    /** The text the label really draws, after it shortened it to fit. */
    private String shownText(String query) {
        return lookup(query + " > .text").queryAs(Text.class).getText();
    }
}
