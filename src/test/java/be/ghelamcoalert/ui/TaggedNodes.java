package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.Tags;
import java.util.Optional;
import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** Finds the nodes that stand for an event, an alert or a notice by their {@link Tags}, as the screen tags them. */
final class TaggedNodes {
    private TaggedNodes() {}

    static Node eventRow(FxRobot robot, String eventId) {
        return find(robot, "event-row", Tags.EVENT, eventId).orElseThrow();
    }

    static Optional<Node> dismissButton(FxRobot robot, Object noticeId) {
        return find(robot, "notice-button", Tags.NOTICE, noticeId);
    }

    static Node alertRow(FxRobot robot, String alertId) {
        return alertRowIfShown(robot, alertId).orElseThrow();
    }

    static Optional<Node> alertRowIfShown(FxRobot robot, String alertId) {
        return find(robot, "alert-row", Tags.ALERT, alertId);
    }

    static Node retimeButton(FxRobot robot, String alertId) {
        return find(robot, "alert-retime", Tags.ALERT, alertId).orElseThrow();
    }

    static Node removeButton(FxRobot robot, String alertId) {
        return find(robot, "alert-remove", Tags.ALERT, alertId).orElseThrow();
    }

    private static Optional<Node> find(FxRobot robot, String styleClass, String tag, Object value) {
        return robot.lookup("." + styleClass)
                .match((Node n) ->
                        Tags.of(n, tag).filter(String.valueOf(value)::equals).isPresent())
                .tryQuery();
    }
}
