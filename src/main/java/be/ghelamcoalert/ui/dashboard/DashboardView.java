package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.ui.common.ConfirmDialog;
import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Overlay;
import be.ghelamcoalert.ui.common.Tags;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.common.TickingLabel;
import be.ghelamcoalert.ui.common.TouchScroll;
import be.ghelamcoalert.ui.start.StartPictureTaker;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dashboard: the next deadline big enough to read from across the lobby, then the list. */
public final class DashboardView {
    private static final javafx.css.PseudoClass ALONE = javafx.css.PseudoClass.getPseudoClass("alone");
    private final DashboardViewModel model;
    private final Texts texts;
    private final Overlay overlay;
    private final Consumer<EventId> openEvent;
    private final VBox root = new VBox();
    private final VBox heroText = new VBox(2);
    private final VBox noticeBox = new VBox(4);
    private final VBox list = new VBox(6);

    public DashboardView(DashboardViewModel model, Texts texts, Overlay overlay, Consumer<EventId> openEvent) {
        this.model = model;
        this.texts = texts;
        this.overlay = overlay;
        this.openEvent = openEvent;
        root.getStyleClass().add("dashboard");
        noticeBox.getStyleClass().add("notices");
        model.notices().addListener((ListChangeListener<Notice>) c -> showNotices());
        model.rows().addListener((ListChangeListener<EventRow>) c -> showRows());
        model.loadedProperty().addListener((obs, was, now) -> showRows());
        var scroll = TouchScroll.pannable(new ScrollPane(list));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("upcoming");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        list.getStyleClass().add("upcoming-list");
        root.getChildren().addAll(notices(), hero(), scroll);
        showNotices();
        showRows();
    }

    public Node root() {
        return root;
    }

    /** Moves the hero's words a few pixels (burn-in guard). */
    public void shiftHero(double x, double y) {
        heroText.setTranslateX(x);
        heroText.setTranslateY(y);
    }

    private VBox hero() {
        var stage = Controls.label(model.heroStageTextProperty(), "hero-stage");
        stage.setId("hero-stage");
        var headline = Controls.label(model.heroHeadlineProperty(), "hero-headline");
        headline.setId("hero-headline");
        var countdown = new TickingLabel(model.heroCountdownProperty(), "hero-countdown");
        countdown.label().setId("hero-countdown");
        var detail = Controls.label(model.heroDetailProperty(), "hero-detail");
        detail.setId("hero-detail");
        // A long title wraps the line (between its items) rather than cutting the day and kickoff.
        detail.setWrapText(true);
        var dash = Controls.label("—", "hero-headline", "hero-dash");
        // Set when it changes, not bound: a binding on the countdown is invalidated every second,
        // and an invalidated 'managed' re-lays out the whole hero (about half of the idle CPU).
        model.heroCountdownProperty().subscribe(text -> {
            dash.setVisible(!text.isEmpty());
            dash.setManaged(!text.isEmpty());
        });
        StartPictureTaker.leaveOut(dash, countdown);
        var line = new FlowPane(14, 0, headline, dash, countdown);
        line.setAlignment(Pos.BASELINE_LEFT);
        heroText.getChildren().addAll(stage, line, detail);

        var actions = new FlowPane(10, 8);
        actions.getStyleClass().add("hero-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        var snoozeLabel = Controls.label(texts.bind("hero.snooze"), "hero-action-label");
        actions.getChildren().add(snoozeLabel);
        for (var duration : DashboardViewModel.SNOOZES) {
            var button = Controls.button(
                    texts.bind("hero.snoozeMinutes", duration.toMinutes()),
                    () -> model.snooze(duration),
                    "big-button",
                    "snooze");
            button.setId("snooze-" + duration.toMinutes());
            button.visibleProperty().bind(model.canSnoozeProperty());
            button.managedProperty().bind(model.canSnoozeProperty());
            actions.getChildren().add(button);
        }
        snoozeLabel.visibleProperty().bind(model.canSnoozeProperty());
        snoozeLabel.managedProperty().bind(model.canSnoozeProperty());
        var clear = Controls.button(texts.bind("hero.confirm"), this::askConfirm, "big-button", "confirm");
        clear.setId("confirm-clear");
        // The confirm button stands apart from the snooze buttons beside them (the holder's padding);
        // in portrait it has a line of its own, flush left.
        var clearHolder = new HBox(clear);
        clearHolder.getStyleClass().add("confirm-holder");
        // Alone (no snooze left after the deadline) it starts where the snooze buttons would.
        model.canSnoozeProperty().subscribe(canSnooze -> clearHolder.pseudoClassStateChanged(ALONE, !canSnooze));
        clearHolder.visibleProperty().bind(model.canConfirmProperty());
        clearHolder.managedProperty().bind(model.canConfirmProperty());
        actions.getChildren().add(clearHolder);
        actions.getChildren()
                .forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        var anyAction = model.canSnoozeProperty().or(model.canConfirmProperty());
        actions.visibleProperty().bind(anyAction);
        actions.managedProperty().bind(anyAction);

        var hero = new VBox(8, heroText, actions);
        hero.setId("hero");
        hero.getStyleClass().add("hero");
        heroText.setOnMouseClicked(e -> model.heroProperty()
                .get()
                .ifPresent(o -> openEvent.accept(o.event().id())));
        model.heroStageProperty().subscribe(s -> applyStageStyle(hero, s));
        return hero;
    }

    private void askConfirm() {
        model.heroProperty()
                .get()
                .ifPresent(o -> ConfirmDialog.ask(
                        overlay,
                        texts,
                        texts.get("hero.confirmQuestion", o.event().title()),
                        "hero.confirmYes",
                        () -> model.confirmClear(o.event().id())));
    }

    /**
     * The notices above the hero, in a pane of at most a third of the screen's height that a
     * finger scrolls: however many notices come in, the hero and its buttons stay on screen.
     */
    private Node notices() {
        var pane = TouchScroll.pannable(new ScrollPane(noticeBox));
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.getStyleClass().add("notices-scroll");
        // As tall as the notices once wrapped to the screen's width (a pane's own guess takes them unwrapped).
        pane.prefViewportHeightProperty().bind(noticeBox.heightProperty());
        pane.maxHeightProperty().bind(root.heightProperty().divide(3));
        pane.setMinHeight(0);
        var any = Bindings.isNotEmpty(model.notices());
        pane.visibleProperty().bind(any);
        pane.managedProperty().bind(any);
        return pane;
    }

    private void showNotices() {
        noticeBox
                .getChildren()
                .setAll(model.notices().stream().map(this::notice).toList());
    }

    private Node notice(Notice notice) {
        // Worded in the screen's language from its code (a notice stored before codes were kept keeps its English
        // text).
        var text = Controls.label(
                Bindings.createStringBinding(() -> "⚠  " + texts.notice(notice), texts.localeProperty()),
                "notice-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        var dismiss = Controls.button(texts.bind("notice.dismiss"), () -> model.dismiss(notice), "notice-button");
        Tags.tag(dismiss, Tags.NOTICE, notice.id());
        var box = new HBox(12, text, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("notice");
        box.setOnMouseClicked(e -> model.dismiss(notice));
        return box;
    }

    private void showRows() {
        if (model.rows().isEmpty() && !model.loadedProperty().get()) {
            list.getChildren().clear();
            return;
        }
        if (model.rows().isEmpty()) {
            var empty = Controls.label(texts.bind("dashboard.noEvents"), "empty-state");
            list.getChildren().setAll(empty);
            return;
        }
        list.getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private Node row(EventRow row) {
        var date = Controls.label(row.date(), "row-date");
        var title = Controls.label(row.title(), "row-title");
        title.setMinWidth(0);
        var stage = Controls.label(row.stageText(), "stage-chip", "stage-" + EventTexts.styleOf(row.stage()));
        stage.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var first = new HBox(12, date, title, Controls.spacer(), stage);
        first.setAlignment(Pos.BASELINE_LEFT);
        var details = Controls.label(keptTogether(row.details()), "row-details");
        // Wraps rather than cutting: the car-park deadline is the last item of the line.
        details.setWrapText(true);
        details.setMinWidth(0);
        HBox.setHgrow(details, Priority.ALWAYS);
        var countdown = Controls.label(row.countdownProperty(), "row-countdown");
        countdown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        StartPictureTaker.leaveOut(countdown);
        var second = new HBox(12, details, Controls.spacer(), countdown);
        second.setAlignment(Pos.BASELINE_LEFT);
        var chips = new FlowPane(6, 4);
        for (var chip : row.chips()) {
            chips.getChildren().add(Controls.label(chip.text(), "chip", chip.style()));
        }
        var box = new VBox(4, first, second, chips);
        box.getStyleClass().addAll("event-row", "stage-" + EventTexts.styleOf(row.stage()));
        Tags.tag(box, Tags.EVENT, row.overview().event().id().value());
        box.setOnMouseClicked(e -> openEvent.accept(row.overview().event().id()));
        if (row.stage() == EventStage.FINISHED || row.stage() == EventStage.CALLED_OFF) {
            box.getStyleClass().add("row-past");
        }
        return box;
    }

    /** The details with no-break spaces inside each item, so a wrapped line breaks between items only. */
    static String keptTogether(String details) {
        return Arrays.stream(details.split(Pattern.quote(EventRow.DETAIL_SEPARATOR), -1))
                .map(item -> item.replace(' ', '\u00A0'))
                .collect(Collectors.joining(EventRow.DETAIL_SEPARATOR));
    }

    private static void applyStageStyle(VBox hero, EventStage stage) {
        hero.getStyleClass().removeIf(c -> c.startsWith("stage-"));
        hero.getStyleClass().add("stage-" + EventTexts.styleOf(stage));
    }
}
