package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

@IntegrationTest
class TickingLabelTest extends FxRobot {
    private final SimpleStringProperty text = new SimpleStringProperty("45 min 00 s");

    /** A box that counts how often it lays out its children: the screen around the countdown. */
    private static final class Screen extends VBox {
        int layouts;

        Screen(TickingLabel label) {
            super(label);
        }

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aNewTextOfTheSameWidthLeavesTheScreenAroundItAlone() {
        var result = new AtomicReference<int[]>();
        var label = new AtomicReference<TickingLabel>();
        interact(() -> {
            var ticking = new TickingLabel(text, "countdown");
            var screen = laidOut(ticking);
            int before = screen.layouts;

            text.set("44 min 59 s");
            screen.layout();

            result.set(new int[] {before, screen.layouts});
            label.set(ticking);
        });

        assertThat(result.get()[1]).as("no new layout of the screen").isEqualTo(result.get()[0]);
        assertThat(label.get().label().getText()).isEqualTo("44 min 59 s");
        assertThat(label.get().label().getWidth())
                .isGreaterThanOrEqualTo(label.get().label().prefWidth(-1));
    }

    @Test
    void aNarrowerOrWiderTextLaysOutTheScreenAgainAndFitsTheLabel() {
        var result = new AtomicReference<double[]>();
        interact(() -> {
            var ticking = new TickingLabel(text, "countdown");
            var screen = laidOut(ticking);
            int before = screen.layouts;

            text.set("4 min 59 s");
            screen.layout();
            int afterNarrower = screen.layouts;
            text.set("12 h 04 min 59 s");
            screen.layout();

            result.set(new double[] {
                before,
                afterNarrower,
                screen.layouts,
                ticking.label().getWidth(),
                ticking.label().prefWidth(-1),
                ticking.label().isTextTruncated() ? 1 : 0
            });
        });

        var r = result.get();
        assertThat(r[1]).isEqualTo(r[0] + 1);
        assertThat(r[2]).isEqualTo(r[1] + 1);
        assertThat(r[3]).as("width").isBetween(r[4], r[4] + 1);
        assertThat(r[5]).as("truncated").isZero();
    }

    private static Screen laidOut(TickingLabel ticking) {
        var screen = new Screen(ticking);
        new Scene(screen, 400, 100);
        screen.applyCss();
        screen.layout();
        return screen;
    }
}
