package be.ghelamcoalert.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A label whose text changes every second (a countdown) without laying out the screen around it
 * each time. The label is a layout root inside this box: a new text re-lays out the label alone,
 * and the box asks its parents for a new layout only when the text's width really changes
 * ("10 min" to "9 min"), not for "45 min 12 s" to "45 min 11 s" (digits have one width).
 */
public final class TickingLabel extends Region {
    private final Label label;
    /** Measures texts in the label's font, to compare widths before the label lays itself out. */
    private final Text ruler = new Text();
    /** The width of the text the label was last laid out with; NaN before the first layout. */
    private double laidOutWidth = Double.NaN;

    public TickingLabel(ObservableValue<String> text, String... styles) {
        label = Controls.label(text, styles);
        label.setManaged(false);
        getChildren().add(label);
        label.textProperty().subscribe((before, now) -> textChanged(now));
    }

    /** The label inside, for ids, styles and tests. */
    public Label label() {
        return label;
    }

    private void textChanged(String now) {
        if (Double.isNaN(laidOutWidth) || width(now) != laidOutWidth) {
            requestLayout();
        }
    }

    private double width(String text) {
        ruler.setFont(label.getFont());
        ruler.setText(text);
        return ruler.getLayoutBounds().getWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        return label.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    public double getBaselineOffset() {
        return label.getLayoutY() + label.getBaselineOffset();
    }

    @Override
    protected void layoutChildren() {
        laidOutWidth = width(label.getText());
        label.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
