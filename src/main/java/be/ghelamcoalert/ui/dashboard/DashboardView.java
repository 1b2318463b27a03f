package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.EventStage;
import java.time.Duration;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dashboard: the next deadline big enough to read from across the lobby, then the list. */
public final class DashboardView {
    private final DashboardViewModel model;
    private final BorderPane root = new BorderPane();
    private final Timeline ticker;

    public DashboardView(DashboardViewModel model, String kioskName, boolean demo) {
        this.model = model;
        root.getStyleClass().add("dashboard");
        root.setTop(statusBar(kioskName, demo));
        root.setCenter(new VBox(hero(), upcoming()));
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    public Parent root() {
        return root;
    }

    private HBox statusBar(String kioskName, boolean demo) {
        var name = new Label(kioskName + (demo ? "  ·  DEMO" : ""));
        name.getStyleClass().add("status-text");
        var message = new Label();
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(12, name, spacer, message);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private VBox hero() {
        var headline = new Label();
        headline.getStyleClass().add("hero-headline");
        headline.textProperty().bind(model.heroHeadlineProperty());
        var countdown = new Label();
        countdown.getStyleClass().add("hero-countdown");
        countdown.textProperty().bind(model.heroCountdownProperty());
        var detail = new Label();
        detail.getStyleClass().add("hero-detail");
        detail.textProperty().bind(model.heroDetailProperty());
        var stage = new Label();
        stage.getStyleClass().add("hero-stage");
        stage.textProperty().bind(model.heroStageProperty().map(DashboardView::stageText));

        var snooze = new Button("Snooze 15 min");
        snooze.getStyleClass().addAll("big-button", "snooze");
        snooze.setOnAction(e -> model.snooze(Duration.ofMinutes(15)));
        var clear = new Button("Parking is leeg");
        clear.getStyleClass().addAll("big-button", "confirm");
        clear.setOnAction(e -> model.confirmClear());
        snooze.disableProperty().bind(model.canActProperty().not());
        clear.disableProperty().bind(model.canActProperty().not());
        var actions = new HBox(16, snooze, clear);
        actions.setAlignment(Pos.CENTER_LEFT);

        var hero = new VBox(6, stage, headline, countdown, detail, actions);
        hero.getStyleClass().add("hero");
        model.heroStageProperty().addListener((obs, old, now) -> applyStageStyle(hero, now));
        applyStageStyle(hero, model.heroStageProperty().get());
        return hero;
    }

    private ListView<EventRow> upcoming() {
        var list = new ListView<>(model.rows());
        list.getStyleClass().add("upcoming");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                var o = row.overview();
                textProperty().bind(row.countdownProperty().map(countdown -> DashboardViewModel.detailOf(o)
                        + "   ·   " + stageText(o.stage()) + "   ·   " + countdown));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static void applyStageStyle(VBox hero, EventStage stage) {
        hero.getStyleClass().removeIf(c -> c.startsWith("stage-"));
        hero.getStyleClass().add("stage-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String stageText(EventStage stage) {
        return switch (stage) {
            case UPCOMING -> "GEPLAND";
            case TODAY -> "VANDAAG";
            case LIGHT_ON -> "LICHT AAN — PARKING VRIJMAKEN";
            case OVERDUE -> "TE LAAT — PARKING NU VRIJMAKEN";
            case CLEARED -> "PARKING LEEG BEVESTIGD";
            case FINISHED -> "AFGELOPEN";
            case CALLED_OFF -> "AFGELAST";
        };
    }
}
