package be.ghelamcoalert.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A value with big − and + buttons: the touch screen's way to pick a date or a time without a
 * keyboard or a tiny spinner.
 */
public final class Stepper {
    private Stepper() {}

    /** A stepper over any value: {@code display} shows it, {@code minus}/{@code plus} change it. */
    public static <T> VBox of(
            String id,
            ObservableValue<String> caption,
            ObjectProperty<T> value,
            ObservableValue<String> display,
            UnaryOperator<T> minus,
            UnaryOperator<T> plus) {
        var title = Controls.label(caption, "stepper-caption");
        var shown = new Label();
        shown.getStyleClass().add("stepper-value");
        shown.textProperty().bind(display);
        shown.setId(id + "-value");
        var down = key("−", () -> value.set(minus.apply(value.get())));
        down.setId(id + "-minus");
        var up = key("+", () -> value.set(plus.apply(value.get())));
        up.setId(id + "-plus");
        var row = new HBox(6, down, shown, up);
        row.setAlignment(Pos.CENTER);
        var box = new VBox(2, title, row);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("stepper");
        return box;
    }

    public static VBox date(String id, ObservableValue<String> caption, ObjectProperty<LocalDate> value, Texts texts) {
        return of(
                id,
                caption,
                value,
                Bindings.createStringBinding(() -> texts.day(value.get()), value, texts.localeProperty()),
                d -> d.minusDays(1),
                d -> d.plusDays(1));
    }

    public static VBox hour(String id, ObservableValue<String> caption, ObjectProperty<LocalTime> value) {
        return of(
                id,
                caption,
                value,
                value.map(t -> String.format("%02d", t.getHour())),
                t -> t.minusHours(1),
                t -> t.plusHours(1));
    }

    /** Minutes in steps of five, rounded to the step. */
    public static VBox minute(String id, ObservableValue<String> caption, ObjectProperty<LocalTime> value) {
        return of(
                id,
                caption,
                value,
                value.map(t -> String.format("%02d", t.getMinute())),
                t -> roundDown(t).minusMinutes(t.getMinute() % 5 == 0 ? 5 : 0).withHour(t.getHour()),
                t -> roundDown(t).plusMinutes(5).withHour(t.getHour()));
    }

    private static LocalTime roundDown(LocalTime t) {
        return t.withMinute(t.getMinute() - t.getMinute() % 5).withSecond(0).withNano(0);
    }

    private static Button key(String text, Runnable action) {
        var button = new Button(text);
        button.getStyleClass().addAll("touch-button", "stepper-key");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
