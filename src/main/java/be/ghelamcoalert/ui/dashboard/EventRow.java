package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line of the upcoming-events list; only its countdown changes between refreshes. */
public final class EventRow {
    private final EventOverview overview;
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");

    EventRow(EventOverview overview) {
        this.overview = overview;
    }

    public EventOverview overview() {
        return overview;
    }

    public String title() {
        return overview.event().title();
    }

    public String competition() {
        return overview.event().competition().orElse("");
    }

    public EventStage stage() {
        return overview.stage();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    void setCountdown(String text) {
        if (!text.equals(countdown.get())) {
            countdown.set(text);
        }
    }
}
