package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventKind;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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

        var created = test.kiosk.events().all().stream().filter(Event::isCustom).findFirst().orElseThrow();
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

    @Test
    void anEndBeforeTheStartIsRefused() {
        clickOn("#nav-new-event");
        clickOn("#key-q");
        clickOn("#key-done");
        clickOn("#new-end-toggle");
        for (int i = 0; i < 4; i++) {
            clickOn("#new-end-hour-minus");
        }
        clickOn("#new-save");

        assertThat(text("feedback")).startsWith("Niet gelukt: Het einde moet na het begin (");
        assertThat(test.kiosk.events().all().stream().filter(Event::isCustom).map(Event::endTime)).isEmpty();
        assertThat(Optional.of(text("new-title"))).contains("Q▏");
    }
}
