package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The status bar's lamp, styled with the kiosk's theme. */
@IntegrationTest
class LampTest extends FxRobot {
    private final SimpleBooleanProperty lit = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty hardwareOk = new SimpleBooleanProperty(true);

    private record Look(boolean litState, boolean glowShown, double width, double height, List<Node> withEffect) {}

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theGlowShowsOnlyWhileTheLampIsLitAndMovesNothingAroundIt() {
        var looks = new ArrayList<Look>();
        interact(() -> {
            var lamp = Lamp.of(lit, hardwareOk);
            var bar = new HBox(10, lamp);
            bar.setFillHeight(false);
            var scene = new Scene(bar, 200, 60);
            scene.getStylesheets()
                    .add(getClass()
                            .getResource("/be/ghelamcoalert/ui/common/theme.css")
                            .toExternalForm());
            for (boolean on : new boolean[] {false, true, false}) {
                lit.set(on);
                bar.applyCss();
                bar.layout();
                looks.add(look(lamp));
            }
        });

        assertThat(looks).extracting(Look::litState).containsExactly(false, true, false);
        assertThat(looks).extracting(Look::glowShown).containsExactly(false, true, false);
        assertThat(looks)
                .extracting(Look::width)
                .as("the lamp's own size, lit or not")
                .containsOnly(2 * Lamp.RADIUS + 2);
        assertThat(looks).extracting(Look::height).containsOnly(2 * Lamp.RADIUS + 2);
    }

    /**
     * The kiosk renders in software and the lamp blinks every second while an event is overdue: a
     * blur effect would be computed again at every blink (its idle cost: README, Benchmarks).
     */
    @Test
    void noPartOfTheLampIsDrawnWithAnEffect() {
        var look = new AtomicReference<Look>();
        interact(() -> {
            var lamp = Lamp.of(lit, hardwareOk);
            var scene = new Scene(new HBox(lamp), 200, 60);
            scene.getStylesheets()
                    .add(getClass()
                            .getResource("/be/ghelamcoalert/ui/common/theme.css")
                            .toExternalForm());
            lit.set(true);
            lamp.applyCss();
            look.set(look(lamp));
        });

        assertThat(look.get().glowShown()).isTrue();
        assertThat(look.get().withEffect()).isEmpty();
    }

    /** A status bar that counts how often it lays out its children. */
    private static final class Bar extends HBox {
        int layouts;

        Bar(Node lamp) {
            super(10, lamp);
        }

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    /**
     * The lamp blinks every second while an event is overdue: a blink must not lay out the bar
     * around it again (it did while the glow was shown and hidden by its visibility).
     */
    @Test
    void aBlinkLeavesTheStatusBarAroundTheLampAlone() {
        var layouts = new AtomicReference<int[]>();
        interact(() -> {
            var bar = new Bar(Lamp.of(lit, hardwareOk));
            var scene = new Scene(bar, 200, 60);
            scene.getStylesheets()
                    .add(getClass()
                            .getResource("/be/ghelamcoalert/ui/common/theme.css")
                            .toExternalForm());
            for (int blink = 0; blink < 2; blink++) { // the first on and off style the lamp's two looks
                lit.set(!lit.get());
                bar.applyCss();
                bar.layout();
            }
            int before = bar.layouts;
            for (int blink = 0; blink < 6; blink++) {
                lit.set(!lit.get());
                bar.applyCss();
                bar.layout();
            }
            layouts.set(new int[] {before, bar.layouts});
        });

        assertThat(layouts.get()[1]).as("no new layout of the bar").isEqualTo(layouts.get()[0]);
    }

    @Test
    void aRelayFaultMarksTheLamp() {
        var fault = new AtomicReference<Boolean>();
        interact(() -> {
            var lamp = Lamp.of(lit, hardwareOk);
            hardwareOk.set(false);
            fault.set(lamp(lamp).getPseudoClassStates().contains(PseudoClass.getPseudoClass("fault")));
        });

        assertThat(fault.get()).isTrue();
    }

    private static Look look(Node holder) {
        var lamp = lamp(holder);
        var glow = ((Parent) holder)
                .getChildrenUnmodifiable().stream()
                        .filter(n -> n != lamp)
                        .findFirst()
                        .orElseThrow();
        var withEffect = new ArrayList<Node>();
        for (var node : List.of(holder, lamp, glow)) {
            if (node.getEffect() != null) {
                withEffect.add(node);
            }
        }
        return new Look(
                lamp.getPseudoClassStates().contains(PseudoClass.getPseudoClass("lit")),
                glow.isVisible() && glow.getOpacity() > 0,
                holder.getLayoutBounds().getWidth(),
                holder.getLayoutBounds().getHeight(),
                withEffect);
    }

    private static Circle lamp(Node holder) {
        return (Circle) holder.lookup("#lamp");
    }
}
