package be.ghelamcoalert.ui.event;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.ui.common.ConfirmDialog;
import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.DateTimeDialog;
import be.ghelamcoalert.ui.common.Overlay;
import be.ghelamcoalert.ui.common.PinDialog;
import be.ghelamcoalert.ui.common.Tags;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.common.TouchScroll;
import be.ghelamcoalert.ui.dashboard.EventTexts;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One event: its alerts with big buttons to move or remove each, and the event's own actions. */
public final class EventDetailView {
    private final EventDetailViewModel model;
    private final Texts texts;
    private final Overlay overlay;
    private final Clock clock;
    private final VBox root = new VBox(10);
    private final VBox alertList = new VBox(6);

    public EventDetailView(
            EventDetailViewModel model, Texts texts, Overlay overlay, PinDialog pin, Clock clock, Runnable back) {
        this.model = model;
        this.texts = texts;
        this.overlay = overlay;
        this.clock = clock;
        root.getStyleClass().add("event-detail");

        var backButton = Controls.button(texts.bind("common.back"), back, "secondary");
        backButton.setId("detail-back");
        var title = Controls.label(model.titleProperty(), "detail-title");
        title.setId("detail-title");
        title.setMinWidth(0);
        var stage = Controls.label(model.stageTextProperty(), "stage-chip");
        model.stageProperty().subscribe(s -> {
            stage.getStyleClass().removeIf(c -> c.startsWith("stage-") && !c.equals("stage-chip"));
            stage.getStyleClass().add("stage-" + EventTexts.styleOf(s));
        });
        backButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stage.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var header = new HBox(12, backButton, title, Controls.spacer(), stage);
        header.setAlignment(Pos.CENTER_LEFT);
        var summary = Controls.label(model.summaryProperty(), "detail-summary");
        summary.setWrapText(true);

        var scroll = TouchScroll.pannable(new ScrollPane(alertList));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("alert-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.alerts().addListener((ListChangeListener<AlertItem>) c -> showAlerts());

        var add = Controls.button(texts.bind("detail.addAlert"), this::askNewAlert, "primary");
        add.setId("add-alert");
        // Muting silences the light for a match: it takes the admin PIN. Unmuting brings the light back and does not.
        var mute = Controls.button(
                model.mutedProperty().flatMap(m -> texts.bind(m ? "detail.unmute" : "detail.mute")),
                () -> {
                    if (model.mutedProperty().get()) {
                        model.toggleMute();
                    } else {
                        pin.require("pin.for.mute", model::toggleMute);
                    }
                },
                "secondary");
        mute.setId("mute-event");
        var delete = Controls.button(
                texts.bind("detail.delete"),
                () -> pin.require(
                        "pin.for.delete",
                        () -> ConfirmDialog.ask(
                                overlay,
                                texts,
                                texts.get(
                                        "detail.deleteQuestion",
                                        model.titleProperty().get()),
                                "detail.deleteYes",
                                model::delete)),
                "danger");
        delete.setId("delete-event");
        delete.visibleProperty().bind(model.customProperty());
        delete.managedProperty().bind(model.customProperty());
        var actions = new HBox(12, add, mute, Controls.spacer(), delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(header, summary, scroll, actions);
        showAlerts();
    }

    public Node root() {
        return root;
    }

    private void showAlerts() {
        if (model.alerts().isEmpty()) {
            alertList.getChildren().setAll(Controls.label(texts.bind("detail.noAlerts"), "empty-state"));
            return;
        }
        alertList
                .getChildren()
                .setAll(model.alerts().stream().map(this::alertRow).toList());
    }

    private Node alertRow(AlertItem item) {
        var kind = Controls.label(item.kind(), "alert-kind");
        var time = Controls.label(item.time(), "alert-time");
        var state = Controls.label(
                item.state(), "chip", "chip-" + item.stateValue().name().toLowerCase(Locale.ROOT));
        var facts = new HBox(12, kind, time, state);
        facts.setAlignment(Pos.CENTER_LEFT);
        var buttons = new HBox(10);
        // On a narrow (portrait) screen the buttons wrap below the facts instead of shrinking.
        var row = new FlowPane(12, 6, facts, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("alert-row");
        for (var label : new javafx.scene.control.Label[] {kind, time, state}) {
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Tags.tag(row, Tags.ALERT, item.id().value());
        if (item.editable()) {
            var retime = Controls.button(
                    texts.bind("detail.retime"),
                    () -> DateTimeDialog.pick(
                            overlay,
                            texts,
                            texts.get("detail.retimeTitle", item.kind()),
                            item.dueAt().atZone(texts.zone()),
                            null,
                            at -> model.retime(item.id(), at)),
                    "secondary");
            Tags.tag(retime, Tags.ALERT, item.id().value()).getStyleClass().add("alert-retime");
            var remove = Controls.button(
                    texts.bind("detail.remove"),
                    () -> ConfirmDialog.ask(
                            overlay,
                            texts,
                            texts.get("detail.removeQuestion", item.kind(), item.time()),
                            "detail.removeYes",
                            () -> model.removeAlert(item.id())),
                    "secondary");
            Tags.tag(remove, Tags.ALERT, item.id().value()).getStyleClass().add("alert-remove");
            retime.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            buttons.getChildren().addAll(retime, remove);
        }
        return row;
    }

    private void askNewAlert() {
        var kind = new SimpleObjectProperty<>(AlertKind.WARNING);
        var group = new ToggleGroup();
        var choices = new HBox(8);
        choices.setAlignment(Pos.CENTER);
        var words = new EventTexts(texts);
        for (var k : AlertKind.values()) {
            var toggle = new ToggleButton(words.alertKind(k));
            toggle.setToggleGroup(group);
            toggle.getStyleClass().addAll("touch-button", "kind-toggle");
            toggle.setId("kind-" + k.name().toLowerCase(Locale.ROOT));
            toggle.setSelected(k == kind.get());
            toggle.setOnAction(e -> {
                kind.set(k);
                toggle.setSelected(true);
            });
            choices.getChildren().add(toggle);
        }
        DateTimeDialog.pick(
                overlay,
                texts,
                texts.get("detail.addAlertTitle"),
                model.suggestedNewAlertTime(clock.instant()),
                choices,
                at -> model.addAlert(kind.get(), at));
    }
}
