package be.ghelamcoalert.ui.jobs;

import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.common.TouchScroll;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The list of remote commands: time, operation, outcome, reason. */
public final class RemoteCommandsView {
    private final VBox root = new VBox(10);
    private final VBox list = new VBox(6);
    private final RemoteCommandsViewModel model;
    private final Texts texts;

    public RemoteCommandsView(RemoteCommandsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.getStyleClass().add("remote-commands");
        var label = Bindings.when(model.fetchingProperty())
                .then(texts.bind("jobs.fetchingFixtures"))
                .otherwise(texts.bind("jobs.refreshFixtures"));
        var refresh = Controls.button(label, model::refreshFixtures, "secondary");
        refresh.setId("refresh-fixtures");
        refresh.disableProperty()
                .bind(model.fetchingProperty().or(model.fixtureSourceProperty().not()));
        var header =
                new HBox(12, Controls.label(texts.bind("jobs.title"), "section-title"), Controls.spacer(), refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        // Why the button does nothing here, instead of a refusal after every tap.
        var noSource = Controls.label(texts.bind("jobs.noFixtureSource"), "job-note");
        noSource.setId("no-fixture-source");
        noSource.setWrapText(true);
        noSource.visibleProperty().bind(model.fixtureSourceProperty().not());
        noSource.managedProperty().bind(noSource.visibleProperty());
        var scroll = TouchScroll.pannable(new ScrollPane(list));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.lines().addListener((ListChangeListener<JobLine>) c -> show());
        show();
        root.getChildren().addAll(header, noSource, scroll);
    }

    private void show() {
        if (model.lines().isEmpty()) {
            var empty = Controls.label(texts.bind("jobs.none"), "empty-state");
            empty.setId("jobs-empty");
            empty.setWrapText(true);
            list.getChildren().setAll(empty);
            return;
        }
        list.getChildren()
                .setAll(model.lines().stream().map(RemoteCommandsView::row).toList());
    }

    private static Node row(JobLine line) {
        var when = Controls.label(line.receivedAt(), "job-time");
        var operation = Controls.label(line.operation(), "job-operation");
        var outcome = Controls.label(line.outcome(), "chip", line.outcomeStyle());
        var first = new HBox(12, when, operation, Controls.spacer(), outcome);
        first.setAlignment(Pos.BASELINE_LEFT);
        var reason = Controls.label(line.reason(), "job-reason");
        reason.setWrapText(true);
        var id = Controls.label(line.jobId(), "job-id");
        var box = new VBox(2, first, reason, id);
        box.getStyleClass().add("job-row");
        return box;
    }

    public Node root() {
        return root;
    }
}
