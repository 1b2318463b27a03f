package be.ghelamcoalert.ui.newevent;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.OnScreenKeyboard;
import be.ghelamcoalert.ui.common.Stepper;
import be.ghelamcoalert.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A new custom event, entered with the finger only: the title on the on-screen keyboard, the
 * date and times with steppers. The keyboard and the steppers share the space below the title.
 */
public final class NewEventView {
    private final VBox root = new VBox(10);
    private final StackPane body = new StackPane();
    private final BooleanProperty typing = new SimpleBooleanProperty(true);

    public NewEventView(NewEventViewModel model, Texts texts) {
        root.getStyleClass().add("new-event");
        var heading = Controls.label(texts.bind("newEvent.title"), "section-title");

        var titleField = new Button();
        titleField.setId("new-title");
        titleField.getStyleClass().add("text-entry");
        var title = model.titleProperty();
        titleField
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> title.get().isEmpty() ? texts.get("newEvent.titleHint") : title.get() + "▏",
                        title,
                        texts.localeProperty()));
        // A long name shows its end, where the next letter goes: "...Foundation met partners▏".
        titleField.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        // As wide as the row leaves it, whatever is typed: the caption beside it keeps its word.
        titleField.setPrefWidth(0);
        titleField.setMaxWidth(Double.MAX_VALUE);
        titleField.setFocusTraversable(false);
        HBox.setHgrow(titleField, Priority.ALWAYS);
        var caption = Controls.label(texts.bind("newEvent.name"), "field-caption");
        caption.setId("new-title-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        var titleRow = new HBox(10, caption, titleField);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        var keyboard = new OnScreenKeyboard(
                        model.titleProperty(), Event.MAX_TITLE_LENGTH, texts, () -> typing.set(false))
                .node();
        var when = whenPanel(model, texts);
        keyboard.visibleProperty().bind(typing);
        when.visibleProperty().bind(typing.not());
        // A hidden one takes no room: the body is as tall as what it shows.
        keyboard.managedProperty().bind(typing);
        when.managedProperty().bind(typing.not());
        body.getChildren().addAll(when, keyboard);
        VBox.setVgrow(body, Priority.ALWAYS);
        titleField.setOnAction(e -> typing.set(true));
        root.getChildren().addAll(heading, titleRow, body);
    }

    /** Shows the keyboard (typing the title) or the date and time steppers. */
    public void startTyping() {
        typing.set(true);
    }

    private static Node whenPanel(NewEventViewModel model, Texts texts) {
        var date = Stepper.date("new-date", texts.bind("newEvent.date"), model.dateProperty(), texts);
        var startHour = Stepper.hour("new-start-hour", texts.bind("newEvent.startHour"), model.startProperty());
        var startMinute = Stepper.minute("new-start-minute", texts.bind("newEvent.startMinute"), model.startProperty());
        var endToggle = Controls.button(
                model.hasEndProperty().flatMap(on -> texts.bind(on ? "newEvent.noEnd" : "newEvent.addEnd")),
                () -> model.hasEndProperty().set(!model.hasEndProperty().get()),
                "secondary");
        endToggle.setId("new-end-toggle");
        var endHour = Stepper.hour("new-end-hour", texts.bind("newEvent.endHour"), model.endProperty());
        var endMinute = Stepper.minute("new-end-minute", texts.bind("newEvent.endMinute"), model.endProperty());
        for (var n : new Node[] {endHour, endMinute}) {
            n.visibleProperty().bind(model.hasEndProperty());
            n.managedProperty().bind(model.hasEndProperty());
        }
        // An end before the start is on the next day: said in words, so a slip of the stepper is seen.
        var nextDay = Controls.label(texts.bind("newEvent.endNextDay"), "end-next-day");
        nextDay.setId("new-end-next-day");
        nextDay.visibleProperty().bind(model.endsNextDayProperty());
        nextDay.managedProperty().bind(model.endsNextDayProperty());
        var save = Controls.button(texts.bind("newEvent.save"), model::save, "big-button", "primary");
        save.setId("new-save");
        var steppers = new FlowPane(18, 10, date, startHour, startMinute, endHour, endMinute, nextDay);
        steppers.setAlignment(Pos.CENTER_LEFT);
        var buttons = new HBox(12, endToggle, Controls.spacer(), save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        var panel = new VBox(12, steppers, buttons);
        panel.getStyleClass().add("when-panel");
        return panel;
    }

    public Node root() {
        return root;
    }
}
