package be.ghelamcoalert.ui.shell;

import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Lamp;
import be.ghelamcoalert.ui.common.TickingLabel;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Uses the UI thread's wait for the store at start-up: styles and lays out, off screen, one of
 * each kind of node the dashboard is made of, with the kiosk's style sheets. The style sheets are
 * parsed, the control skins and fonts loaded, so the real dashboard is built and drawn quickly
 * once its data is there. Nothing of it is kept.
 */
public final class WarmUp {
    private WarmUp() {}

    public static void run() {
        var text = new SimpleStringProperty("nog 45 min 00 s");
        var hero = new VBox(
                Controls.label("LICHT AAN", "hero-stage"),
                new FlowPane(
                        Controls.label("Parking leeg om 17:45", "hero-headline"),
                        new TickingLabel(text, "hero-countdown")),
                Controls.label("KAA Gent - Club Brugge", "hero-detail"),
                new FlowPane(Controls.button(text, () -> {}, "big-button", "snooze")));
        hero.getStyleClass().add("hero");
        var row = new VBox(
                new HBox(
                        Controls.label("za 28 nov", "row-date"),
                        Controls.label("KAA Gent", "row-title"),
                        Controls.spacer(),
                        Controls.label("VANDAAG", "stage-chip")),
                new FlowPane(Controls.label("Licht 16:45", "chip", "chip-active")));
        row.getStyleClass().add("event-row");
        var lamp = Lamp.of(new SimpleBooleanProperty(true), new SimpleBooleanProperty(true));
        var status = new HBox(
                Controls.label("17:00", "status-clock"), Controls.label("online", "status-text", "status-cloud"), lamp);
        status.getStyleClass().add("status-bar");
        var navigation = new HBox(Controls.button(text, () -> {}, "nav-button"));
        navigation.getStyleClass().add("nav-bar");
        var frame = new BorderPane(new VBox(hero, new ScrollPane(new VBox(row))), status, null, navigation, null);
        frame.getStyleClass().add("frame");
        var root = new StackPane(frame);
        root.getStyleClass().add("kiosk");
        var scene = new Scene(root, 800, 480);
        scene.getStylesheets().addAll(KioskShell.stylesheets());
        root.applyCss();
        root.layout();
    }
}
