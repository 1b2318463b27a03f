package be.ghelamcoalert.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A layer above the current screen for one dialog at a time (confirm, PIN, time picker). No
 * separate windows: a full-screen kiosk keeps one stage, and a dialog can never hide behind it.
 */
public final class Overlay {
    private final StackPane layer = new StackPane();

    public Overlay() {
        layer.getStyleClass().add("overlay");
        layer.setVisible(false);
        layer.setAlignment(Pos.CENTER);
    }

    public Node node() {
        return layer;
    }

    public void show(Node panel) {
        panel.getStyleClass().add("dialog");
        layer.getChildren().setAll(panel);
        layer.setVisible(true);
    }

    public void close() {
        layer.getChildren().clear();
        layer.setVisible(false);
    }

    public boolean isShowing() {
        return layer.isVisible();
    }
}
