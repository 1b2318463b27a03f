package be.ghelamcoalert.ui.common;

import be.ghelamcoalert.core.service.AdminPin;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Asks for the admin PIN on a keypad; runs the action only when the core's {@link AdminPin}
 * accepts it (the check is a PBKDF2 hash and one small write, quick enough for the UI thread).
 */
public final class PinDialog {
    private final AdminPin gate;
    private final Overlay overlay;
    private final Texts texts;

    public PinDialog(AdminPin gate, Overlay overlay, Texts texts) {
        this.gate = gate;
        this.overlay = overlay;
        this.texts = texts;
    }

    /** Shows the keypad; {@code action} runs after a correct PIN. */
    public void require(String whatKey, Runnable action) {
        var entered = new SimpleStringProperty("");
        var title = Controls.label(texts.bind("pin.title", texts.get(whatKey)), "dialog-title");
        title.setWrapText(true);
        var dots = new Label();
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        dots.textProperty().bind(entered.map(s -> "●".repeat(s.length()) + "○".repeat(Math.max(0, 4 - s.length()))));
        var error = Controls.label("", "dialog-error");
        error.setId("pin-error");
        error.setWrapText(true);

        var keys = new GridPane();
        keys.setHgap(8);
        keys.setVgap(8);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(digitKey(String.valueOf(digit), entered), (digit - 1) % 3, (digit - 1) / 3);
        }
        var back = key("⌫", () -> {
            var s = entered.get();
            entered.set(s.isEmpty() ? s : s.substring(0, s.length() - 1));
        });
        back.setId("pin-back");
        keys.add(back, 0, 3);
        keys.add(digitKey("0", entered), 1, 3);
        var ok = key("OK", () -> check(entered, error, action));
        ok.setId("pin-ok");
        ok.getStyleClass().add("primary");
        keys.add(ok, 2, 3);

        var cancel = Controls.button(texts.bind("common.cancel"), overlay::close, "secondary");
        cancel.setId("pin-cancel");
        // A column of fixed width (pin-text in the style sheet): a message that appears in it
        // wraps there instead of widening the dialog and moving the keypad under the finger.
        var words = new VBox(8, title, dots, error);
        words.getStyleClass().add("pin-text");
        var top = new HBox(16, words, Controls.spacer(), cancel);
        var panel = new HBox(24, top, keys);
        panel.setAlignment(Pos.CENTER);
        var box = new VBox(panel);
        box.getStyleClass().add("pin-dialog");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        overlay.show(box);
    }

    private void check(StringProperty entered, Label error, Runnable action) {
        switch (gate.attempt(entered.get())) {
            case ACCEPTED -> {
                overlay.close();
                action.run();
            }
            case WRONG -> {
                entered.set("");
                error.setText(texts.get("pin.wrong"));
            }
            case LOCKED -> {
                entered.set("");
                error.setText(texts.get(
                        "pin.locked", gate.lockedUntil().map(texts::time).orElse("")));
            }
            case NOT_SET -> {
                entered.set("");
                error.setText(texts.get("pin.notSet"));
            }
        }
    }

    /** Whether this kiosk has an admin PIN at all: without one every admin action stays locked. */
    public boolean pinSet() {
        return gate.isSet();
    }

    private Button digitKey(String digit, StringProperty entered) {
        var button = key(digit, () -> {
            if (entered.get().length() < 8) {
                entered.set(entered.get() + digit);
            }
        });
        button.setId("pin-" + digit);
        return button;
    }

    private static Button key(String text, Runnable action) {
        var button = new Button(text);
        button.getStyleClass().addAll("touch-button", "key", "pin-key");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
