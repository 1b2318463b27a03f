package be.ghelamcoalert.ui.common;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/**
 * A list a finger scrolls: the content follows a drag that starts anywhere on it, also on a
 * button (the pane's own panning never sees a drag a button swallowed), and a drag never presses
 * the row or the button it started on. Only a tap that stayed put opens a row or presses a button.
 */
public final class TouchScroll {
    /** How far a finger may wander, in pixels, and still tap rather than drag. */
    static final double TAP_SLOP = 8;

    private final ScrollPane pane;
    private EventTarget pressedOn;
    private boolean onContent;
    private double pressY;
    private double pressValue;
    private boolean dragged;

    private TouchScroll(ScrollPane pane) {
        this.pane = pane;
    }

    /** Makes {@code pane} pannable by a finger and keeps its rows and buttons from reacting to a drag. */
    public static ScrollPane pannable(ScrollPane pane) {
        var gesture = new TouchScroll(pane);
        pane.setPannable(true);
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, gesture::pressed);
        pane.addEventFilter(MouseEvent.MOUSE_DRAGGED, gesture::dragged);
        // Before the button sees the release: a disarmed button does not fire.
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (gesture.dragged) {
                disarmButtonAt(e.getTarget());
            }
        });
        pane.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (gesture.dragged || !e.isStillSincePress()) {
                e.consume();
            }
        });
        return pane;
    }

    private void pressed(MouseEvent e) {
        pressedOn = e.getTarget();
        onContent = pane.getContent() != null && isWithin(pressedOn, pane.getContent());
        pressY = e.getSceneY();
        pressValue = pane.getVvalue();
        dragged = false;
    }

    /** Moves the content with the finger (not the scroll bar: that one drags itself). */
    private void dragged(MouseEvent e) {
        if (!onContent) {
            return;
        }
        e.consume();
        double moved = pressY - e.getSceneY();
        if (!dragged && Math.abs(moved) <= TAP_SLOP) {
            return;
        }
        if (!dragged) {
            dragged = true;
            disarmButtonAt(pressedOn);
        }
        double hidden = pane.getContent().getLayoutBounds().getHeight()
                - pane.getViewportBounds().getHeight();
        if (hidden > 0) {
            double range = pane.getVmax() - pane.getVmin();
            double value = pressValue + moved / hidden * range;
            pane.setVvalue(Math.clamp(value, pane.getVmin(), pane.getVmax()));
        }
    }

    private static boolean isWithin(EventTarget target, Node ancestor) {
        for (var node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void disarmButtonAt(EventTarget target) {
        for (var node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ButtonBase button) {
                button.disarm();
                return;
            }
        }
    }
}
