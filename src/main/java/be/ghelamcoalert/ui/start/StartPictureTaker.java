package be.ghelamcoalert.ui.start;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the {@link StartPicture} of the screen whenever what the dashboard shows has changed: at
 * the next tick at which the dashboard is on the screen with nothing over it (no dialog, no
 * feedback, not resting for the night). The nodes that change by themselves are
 * {@linkplain #leaveOut left out} of it: they are made transparent while the picture is taken,
 * within one turn of the UI thread, so the screen never shows them missing. The pixels are compressed and
 * written on {@code writer}, off the UI thread.
 */
public final class StartPictureTaker {
    private static final Logger LOG = LoggerFactory.getLogger(StartPictureTaker.class);
    /** The style class of the nodes that change by themselves (a countdown, the clock, the lamp). */
    static final String LEFT_OUT = "left-out-of-start-picture";

    private final Node root;
    private final StartPictures pictures;
    private final BooleanSupplier dashboardInView;
    private final Supplier<Instant> unchangedUntil;
    private final Executor writer;
    /** A change that is not in the kept picture yet; the first dashboard is one. */
    private boolean changed = true;

    /**
     * @param root            what the picture shows: the whole screen
     * @param dashboardInView whether the dashboard alone is on the screen, as it is at start
     * @param unchangedUntil  when the dashboard next turns by time alone (the picture is valid until then)
     */
    public StartPictureTaker(
            Node root,
            StartPictures pictures,
            BooleanSupplier dashboardInView,
            Supplier<Instant> unchangedUntil,
            Executor writer) {
        this.root = root;
        this.pictures = pictures;
        this.dashboardInView = dashboardInView;
        this.unchangedUntil = unchangedUntil;
        this.writer = writer;
    }

    /** Marks nodes that change by themselves: they are not in the picture. */
    public static void leaveOut(Node... nodes) {
        for (var node : nodes) {
            node.getStyleClass().add(LEFT_OUT);
        }
    }

    /** Something on the dashboard changed: a new picture at the next quiet tick. */
    public void changed() {
        changed = true;
    }

    /** Every second, on the UI thread. */
    public void tick() {
        if (changed
                && pictures.keepsPictures()
                && root.getScene() != null
                && root.getScene().getWindow() != null
                && root.getScene().getWindow().isShowing()
                && dashboardInView.getAsBoolean()) {
            changed = false;
            if (StartPicture.possible((long) Math.ceil(root.getLayoutBounds().getWidth()), (long)
                    Math.ceil(root.getLayoutBounds().getHeight()))) {
                take();
            }
        }
    }

    private void take() {
        var hidden = new ArrayList<Node>();
        var opacities = new ArrayList<Double>();
        for (var node : root.lookupAll("." + LEFT_OUT)) {
            hidden.add(node);
            opacities.add(node.getOpacity());
            node.setOpacity(0);
        }
        try {
            var parameters = new SnapshotParameters();
            parameters.setFill(Color.BLACK);
            var image = root.snapshot(parameters, null);
            var picture = StartPicture.of(
                    image,
                    root.getScene().getWindow() instanceof Stage stage && stage.isFullScreen(),
                    unchangedUntil.get());
            writer.execute(() -> pictures.keep(picture));
        } catch (RuntimeException e) {
            LOG.warn("The start picture could not be taken: {}", e.toString());
        } finally {
            for (int i = 0; i < hidden.size(); i++) {
                hidden.get(i).setOpacity(opacities.get(i));
            }
        }
    }
}
