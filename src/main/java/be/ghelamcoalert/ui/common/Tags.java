package be.ghelamcoalert.ui.common;

import java.util.Optional;
import javafx.scene.Node;

/**
 * What a node stands for (an event's row, an alert's line, a notice's button), kept in the node's
 * properties rather than in its CSS id. JavaFX caches computed styles per id and never forgets
 * one, so an id made from an event's id would grow that cache with every event the kiosk has ever
 * shown: on a kiosk that runs for months, a slow leak.
 */
public final class Tags {
    /** The id of the event a dashboard row shows. */
    public static final String EVENT = "ghelamco.event";
    /** The id of the notice a button dismisses. */
    public static final String NOTICE = "ghelamco.notice";
    /** The id of the alert a line of the event's details shows, or its buttons change. */
    public static final String ALERT = "ghelamco.alert";

    private Tags() {}

    /** Tags {@code node} as standing for {@code value} of the kind {@code tag}. */
    public static <T extends Node> T tag(T node, String tag, Object value) {
        node.getProperties().put(tag, String.valueOf(value));
        return node;
    }

    /** What {@code node} stands for of the kind {@code tag}, if it was tagged. */
    public static Optional<String> of(Node node, String tag) {
        return Optional.ofNullable(node.getProperties().get(tag)).map(Object::toString);
    }
}
