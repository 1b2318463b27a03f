package be.ghelamcoalert.ui.common;

import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Are you sure?" with two big answers. */
public final class ConfirmDialog {
    private ConfirmDialog() {}

    public static void ask(Overlay overlay, Texts texts, String question, String yesKey, Runnable onYes) {
        var text = Controls.label(question, "dialog-title");
        text.setId("confirm-question");
        text.setWrapText(true);
        var yes = Controls.button(
                texts.bind(yesKey),
                () -> {
                    overlay.close();
                    onYes.run();
                },
                "primary");
        yes.setId("confirm-yes");
        var no = Controls.button(texts.bind("common.cancel"), overlay::close, "secondary");
        no.setId("confirm-no");
        var buttons = new HBox(16, no, yes);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        var panel = new VBox(24, text, buttons);
        panel.setMaxWidth(620);
        panel.setMaxHeight(VBox.USE_PREF_SIZE);
        overlay.show(panel);
    }
}
