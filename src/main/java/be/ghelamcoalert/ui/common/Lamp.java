package be.ghelamcoalert.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * The round lamp in the status bar that mirrors the alarm light: lit or not, per tick.
 *
 * <p>Its glow is a second, larger circle filled with a radial gradient behind it, shown while
 * the lamp is lit, not a blur effect: the kiosk renders in software, where a gaussian drop
 * shadow is blurred again at every repaint of the lamp, and a blinking lamp repaints every second
 * (the idle cost of both: README, Benchmarks).
 * The glow lies outside the lamp's layout bounds, so lighting it moves nothing.
 */
public final class Lamp {
    static final double RADIUS = 13;
    static final double GLOW = 10;
    private static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    private static final PseudoClass FAULT = PseudoClass.getPseudoClass("fault");

    private Lamp() {}

    public static Node of(ObservableValue<Boolean> lit, ObservableValue<Boolean> hardwareOk) {
        var lamp = new Circle(RADIUS);
        lamp.setId("lamp");
        lamp.getStyleClass().add("lamp");
        var glow = new Circle(RADIUS + GLOW);
        glow.getStyleClass().add("lamp-glow");
        glow.setMouseTransparent(true);
        lit.subscribe(on -> {
            lamp.pseudoClassStateChanged(LIT, on);
            // Opacity, not visibility: a child's visibility lays out its parents again, every blink.
            glow.setOpacity(on ? 1 : 0);
        });
        hardwareOk.subscribe(ok -> lamp.pseudoClassStateChanged(FAULT, !ok));
        var holder = new StackPane(glow, lamp);
        StackPane.setMargin(glow, new Insets(-GLOW));
        return holder;
    }
}
