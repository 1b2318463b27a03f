package be.ghelamcoalert.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.shape.Circle;

/** The round lamp in the status bar that mirrors the alarm light: lit or not, per tick. */
public final class Lamp {
    private Lamp() {}

    public static Circle of(ObservableValue<Boolean> lit, ObservableValue<Boolean> hardwareOk) {
        var lamp = new Circle(13);
        lamp.setId("lamp");
        lamp.getStyleClass().add("lamp");
        lit.subscribe(on -> lamp.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("lit"), on));
        hardwareOk.subscribe(ok -> lamp.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("fault"), !ok));
        return lamp;
    }
}
