package be.ghelamcoalert.ui.newevent;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.ui.common.CommandRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form for a custom event (a concert, a seminar): title, date, start and optional end. The
 * command checks the values; a refusal is shown and the form keeps what was typed.
 */
public final class NewEventViewModel {
    private final CommandRunner commands;
    private final Clock clock;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(LocalTime.of(20, 0));
    private final BooleanProperty hasEnd = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(LocalTime.of(23, 0));
    private final BooleanBinding endsNextDay =
            Bindings.createBooleanBinding(() -> hasEnd.get() && end.get().isBefore(start.get()), hasEnd, start, end);
    /** The date the form proposed; while the person keeps it, it moves along with today. */
    private LocalDate proposedDate;

    private Runnable onCreated = () -> {};

    public NewEventViewModel(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
        reset();
    }

    public void onCreated(Runnable action) {
        this.onCreated = action;
    }

    /** An empty form for tomorrow evening. */
    public void reset() {
        title.set("");
        proposeTomorrow();
        start.set(LocalTime.of(20, 0));
        hasEnd.set(false);
        end.set(LocalTime.of(23, 0));
    }

    /**
     * Each time the screen is shown: a date the person has not changed is proposed again for
     * tomorrow, so a form left for days does not offer a day long gone. What was typed stays.
     */
    public void shown() {
        if (date.get().equals(proposedDate)) {
            proposeTomorrow();
        }
    }

    private void proposeTomorrow() {
        proposedDate =
                clock.instant().atZone(commands.texts().zone()).toLocalDate().plusDays(1);
        date.set(proposedDate);
    }

    public void save() {
        commands.run(
                () -> new CreateCustomEvent(
                        EventId.newCustom(),
                        title.get(),
                        date.get(),
                        start.get(),
                        hasEnd.get() ? Optional.of(end.get()) : Optional.empty()),
                outcome -> {
                    reset();
                    onCreated.run();
                });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalTime> startProperty() {
        return start;
    }

    public BooleanProperty hasEndProperty() {
        return hasEnd;
    }

    public ObjectProperty<LocalTime> endProperty() {
        return end;
    }

    /** True when the chosen end is before the start: the event ends the next day (a concert until 01:00). */
    public BooleanBinding endsNextDayProperty() {
        return endsNextDay;
    }
}
