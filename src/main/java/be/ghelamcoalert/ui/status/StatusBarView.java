package be.ghelamcoalert.ui.status;

import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Lamp;
import be.ghelamcoalert.ui.common.PinDialog;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.start.StartPictureTaker;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The bar on top of every screen. */
public final class StatusBarView {
    private final HBox bar = new HBox(10);
    private final VBox root = new VBox();

    public StatusBarView(StatusBarViewModel model, Texts texts, PinDialog pin, boolean demo) {
        var root = bar;
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        var time = Controls.label(model.timeProperty(), "status-clock");
        time.setId("status-clock");
        var date = Controls.label(model.dateProperty(), "status-text", "status-date");
        var cloud = styled(
                Controls.label(model.cloudProperty(), "status-text", "status-cloud"),
                model.cloudStyleProperty(),
                "cloud-");
        cloud.setId("status-cloud");
        var fixtures = styled(
                Controls.label(model.fixturesProperty(), "status-text", "status-import"),
                model.fixturesStyleProperty(),
                "source-");
        fixtures.setId("status-import");
        var lamp = Lamp.of(model.lampLitProperty(), model.lampHardwareOkProperty());
        var lampText = Controls.label(model.lightProperty(), "status-text", "status-light");
        lampText.setId("status-light");
        var test = Controls.button(
                texts.bind("status.lightTest"),
                () -> pin.require("pin.for.lightTest", model::runLightTest),
                "status-button");
        test.setId("light-test");
        for (var fixed : new Label[] {time, lampText}) {
            fixed.setMinWidth(Label.USE_PREF_SIZE);
        }
        // The date gives way first when the bar is full (portrait, demo, with something wrong):
        // the clock, what is wrong and the light test stay whole, and the bar never outgrows the screen.
        date.setMinWidth(0);
        // What is wrong ("Cloud: offline sinds vr 27 nov 21:00") wraps onto a second line rather
        // than losing its time to an ellipsis; the bar grows a little when it must.
        for (var trouble : new Label[] {cloud, fixtures}) {
            trouble.setWrapText(true);
        }
        test.setMinWidth(javafx.scene.control.Button.USE_PREF_SIZE);
        root.getChildren().addAll(time, date, cloud, fixtures);
        if (!pin.pinSet()) {
            // Outside the demo the documented default PIN opens nothing: the lobby sees why admin actions stay locked.
            var noPin = Controls.label(texts.bind("status.adminPinNotSet"), "status-text", "status-no-pin");
            noPin.setId("status-no-pin");
            noPin.setWrapText(true);
            root.getChildren().add(noPin);
        }
        root.getChildren().add(Controls.spacer());
        if (demo) {
            var badge = Controls.label("DEMO", "status-text", "status-demo");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            root.getChildren().add(badge);
        }
        root.getChildren().addAll(lamp, lampText, test);
        // A part that failed gets a red line of its own under the bar, across the whole screen,
        // so a broken cloud or import is seen in the lobby and not only in the log.
        var faults = Controls.label(model.faultsProperty(), "status-faults");
        faults.setId("status-faults");
        faults.setWrapText(true);
        faults.setMaxWidth(Double.MAX_VALUE);
        faults.visibleProperty().bind(model.faultsProperty().isNotEmpty());
        faults.managedProperty().bind(faults.visibleProperty());
        // For a minute after an update, a line of its own says which release runs (green), or that it went back
        // (amber).
        var release = styled(
                Controls.label(model.releaseProperty(), "status-release"), model.releaseStyleProperty(), "release-");
        release.setId("status-release");
        release.setWrapText(true);
        release.setMaxWidth(Double.MAX_VALUE);
        release.visibleProperty().bind(model.releaseProperty().isNotEmpty());
        release.managedProperty().bind(release.visibleProperty());
        this.root.getChildren().addAll(bar, faults, release);
        // At start the clock, the cloud, the import and the light are not yet what they were when the picture was
        // taken.
        StartPictureTaker.leaveOut(time, date, cloud, fixtures, lamp, lampText, faults, release);
    }

    private static Label styled(Label label, ObservableValue<String> style, String prefix) {
        style.subscribe(s -> {
            label.getStyleClass().removeIf(c -> c.startsWith(prefix));
            label.getStyleClass().add(prefix + s);
        });
        return label;
    }

    public Node root() {
        return root;
    }
}
