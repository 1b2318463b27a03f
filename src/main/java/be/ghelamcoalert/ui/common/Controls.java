package be.ghelamcoalert.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small builders for the touch controls every screen uses: big buttons and labels. */
public final class Controls {
    private Controls() {}

    /**
     * A touch button that never shrinks below its words (a style class may still set a
     * {@code -fx-min-width}, which then wins, e.g. for the navigation).
     */
    public static Button button(ObservableValue<String> text, Runnable action, String... styles) {
        var button = new Button();
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.textProperty().bind(text);
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("touch-button");
        button.getStyleClass().addAll(styles);
        button.setFocusTraversable(false);
        return button;
    }

    public static Label label(ObservableValue<String> text, String... styles) {
        var label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styles);
        return label;
    }

    public static Label label(String text, String... styles) {
        var label = new Label(text);
        label.getStyleClass().addAll(styles);
        return label;
    }

    public static Region spacer() {
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
