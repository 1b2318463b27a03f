package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** The list of upcoming events on the dashboard, at 800x480. */
@IntegrationTest
class DashboardRowsScreenTest extends KioskScreenTest {

    @Override
    protected KioskUiContext context() {
        // A European match whose kickoff time is not known yet: the longest line of details.
        test.store(new Event(
                new EventId("partizan"),
                "KAA Gent - Partizan Belgrado",
                EventKind.HOME_MATCH,
                Optional.of("UEFA Conference League"),
                Optional.of("Partizan Belgrado"),
                "Planet Group Arena",
                EventStart.timeToBeConfirmed(UiTestKiosk.MATCH_DAY.plusDays(12)),
                Optional.empty(),
                EventStatus.SCHEDULED,
                "test",
                false));
        return super.context();
    }

    /**
     * The car-park deadline is the last item of a row's details: it must never be the part that
     * is cut, and a wrapped line breaks between the items, not inside "parking leeg om 09:30".
     */
    @Test
    void aLongLineOfDetailsWrapsInsteadOfLosingTheDeadline() {
        var details = from(TaggedNodes.eventRow(this, "partizan"))
                .lookup(".row-details")
                .queryAs(Label.class);
        var shown = (Text) details.lookup(".text");

        assertThat(details.getText().replace('\u00A0', ' '))
                .contains("UEFA Conference League", "parking leeg om 09:30 (voorlopig)");
        assertThat(shown.getText()).as("no ellipsis").isEqualTo(details.getText());
        assertThat(details.localToScene(details.getLayoutBounds()).getMaxX())
                .as("within the screen")
                .isLessThanOrEqualTo(details.getScene().getWidth());
        assertThat(details.getText()).contains("parking\u00A0leeg\u00A0om\u00A009:30");
        var countdown = from(TaggedNodes.eventRow(this, "partizan"))
                .lookup(".row-countdown")
                .queryAs(Label.class);
        assertThat(((Text) countdown.lookup(".text")).getText())
                .as("the countdown whole too")
                .isEqualTo(countdown.getText());
    }
}
