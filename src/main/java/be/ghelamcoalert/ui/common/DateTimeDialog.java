package be.ghelamcoalert.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Picks a date and a time with steppers (day, hour, five minutes) in the venue's zone. */
public final class DateTimeDialog {
    /** Wider than any display: the steppers ask for one row and wrap only when the screen is narrower. */
    private static final double ONE_ROW = 4000;

    private DateTimeDialog() {}

    /**
     * @param extra shown above the steppers (e.g. the kind of a new alert); may be null
     */
    public static void pick(
            Overlay overlay,
            Texts texts,
            String title,
            ZonedDateTime initial,
            Node extra,
            Consumer<ZonedDateTime> onPicked) {
        var local = initial.withZoneSameInstant(texts.zone());
        var date = new SimpleObjectProperty<LocalDate>(local.toLocalDate());
        var time = new SimpleObjectProperty<LocalTime>(
                local.toLocalTime().withSecond(0).withNano(0));
        // One row when it fits; on a narrow (portrait) screen the day gets a row of its own
        // rather than being cut to "wo 2…" (a flow pane gives each stepper its whole width).
        var steppers = new FlowPane(
                18,
                10,
                Stepper.date("pick-date", texts.bind("picker.date"), date, texts),
                Stepper.hour("pick-hour", texts.bind("picker.hour"), time),
                Stepper.minute("pick-minute", texts.bind("picker.minute"), time));
        steppers.setPrefWrapLength(ONE_ROW);
        steppers.setAlignment(Pos.CENTER);
        var cancel = Controls.button(texts.bind("common.cancel"), overlay::close, "secondary");
        cancel.setId("pick-cancel");
        var ok = Controls.button(
                texts.bind("common.save"),
                () -> {
                    overlay.close();
                    onPicked.accept(ZonedDateTime.of(date.get(), time.get(), texts.zone()));
                },
                "primary");
        ok.setId("pick-ok");
        var buttons = new HBox(16, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        var panel = new VBox(14, Controls.label(title, "dialog-title"));
        if (extra != null) {
            panel.getChildren().add(extra);
        }
        panel.getChildren().addAll(steppers, buttons);
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        overlay.show(panel);
    }
}
