package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line of the upcoming-events list, its words already in the screen's language; only its
 * countdown changes between refreshes.
 */
public final class EventRow {
    /** Between the items of the details: "Jupiler Pro League  ·  aftrap 20:45  ·  parking leeg om 17:45". */
    public static final String DETAIL_SEPARATOR = "  ·  ";
    /** A small coloured label for one alert: its kind and time, styled by its state. */
    public record Chip(String text, String style) {}

    private final EventOverview overview;
    private final String date;
    private final String title;
    private final String details;
    private final String stageText;
    private final List<Chip> chips;
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");

    EventRow(EventOverview overview, String date, String title, String details, String stageText, List<Chip> chips) {
        this.overview = overview;
        this.date = date;
        this.title = title;
        this.details = details;
        this.stageText = stageText;
        this.chips = List.copyOf(chips);
    }

    public EventOverview overview() {
        return overview;
    }

    public String date() {
        return date;
    }

    public String title() {
        return title;
    }

    /** Competition, kickoff and deadline on one line. */
    public String details() {
        return details;
    }

    public EventStage stage() {
        return overview.stage();
    }

    public String stageText() {
        return stageText;
    }

    public List<Chip> chips() {
        return chips;
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
