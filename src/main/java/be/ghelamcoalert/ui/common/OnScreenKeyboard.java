package be.ghelamcoalert.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A Belgian AZERTY keyboard drawn on the screen, for a touchscreen with no keyboard. It types
 * into a string property; the first letter and the letter after ⇧ come out in capitals.
 */
public final class OnScreenKeyboard {
    private static final List<String> ROWS = List.of("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbné-'");

    private final StringProperty target;
    private final int maxLength;
    private final BooleanProperty shift = new SimpleBooleanProperty(true);
    private final VBox root = new VBox(6);

    public OnScreenKeyboard(StringProperty target, int maxLength, Texts texts, Runnable onDone) {
        this.target = target;
        this.maxLength = maxLength;
        root.getStyleClass().add("keyboard");
        for (int r = 0; r < ROWS.size(); r++) {
            var keys = new ArrayList<Button>();
            if (r == 3) {
                var shiftKey = key("⇧", () -> shift.set(!shift.get()));
                shiftKey.setId("key-shift");
                shift.addListener((obs, old, on) ->
                        shiftKey.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on));
                keys.add(shiftKey);
            }
            for (char c : ROWS.get(r).toCharArray()) {
                keys.add(charKey(c));
            }
            if (r == 3) {
                var back = key("⌫", this::backspace);
                back.setId("key-backspace");
                keys.add(back);
            }
            root.getChildren().add(row(keys));
        }
        var space = key(" ", () -> type(" "));
        space.setId("key-space");
        HBox.setHgrow(space, Priority.ALWAYS);
        space.setMaxWidth(Double.MAX_VALUE);
        var done = Controls.button(texts.bind("keyboard.done"), onDone, "key", "primary");
        done.setId("key-done");
        root.getChildren().add(row(List.of(charKey('.'), charKey(','), charKey('&'), space, charKey(':'), done)));
    }

    public VBox node() {
        return root;
    }

    private HBox row(List<Button> keys) {
        var row = new HBox(6);
        row.setAlignment(Pos.CENTER);
        for (var key : keys) {
            HBox.setHgrow(key, Priority.ALWAYS);
            key.setMaxWidth(Double.MAX_VALUE);
        }
        row.getChildren().addAll(keys);
        return row;
    }

    private Button charKey(char c) {
        var button = key(
                String.valueOf(c),
                () -> type(shift.get() ? String.valueOf(c).toUpperCase(Locale.ROOT) : String.valueOf(c)));
        button.setId("key-" + keyName(c));
        if (Character.isLetter(c)) {
            button.textProperty()
                    .bind(shift.map(on -> on ? String.valueOf(c).toUpperCase(Locale.ROOT) : String.valueOf(c)));
        }
        return button;
    }

    private static String keyName(char c) {
        return Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "u" + (int) c;
    }

    private void type(String text) {
        var current = target.get() == null ? "" : target.get();
        if (current.length() < maxLength) {
            target.set(current + text);
        }
        shift.set(false);
    }

    private void backspace() {
        var current = target.get() == null ? "" : target.get();
        if (!current.isEmpty()) {
            target.set(current.substring(0, current.length() - 1));
        }
        shift.set(target.get().isEmpty());
    }

    private static Button key(String text, Runnable action) {
        var button = new Button(text);
        button.getStyleClass().addAll("touch-button", "key");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
