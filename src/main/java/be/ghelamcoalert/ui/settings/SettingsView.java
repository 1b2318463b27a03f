package be.ghelamcoalert.ui.settings;

import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Stepper;
import be.ghelamcoalert.ui.common.Texts;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The admin screen behind the PIN: the language, the night mode (on or off, from, until, dim or
 * blank, with the same steppers as the time pickers) and what the device is, for a technician on
 * the phone. Every control is a finger-sized button.
 */
public final class SettingsView {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final VBox root = new VBox(10);

    public SettingsView(SettingsViewModel model, Texts texts) {
        root.getStyleClass().add("settings");
        var languages = new HBox(8);
        for (var language : Language.values()) {
            var button = Controls.button(
                    texts.bind("language." + language.code()), () -> model.chooseLanguage(language), "choice");
            button.setId("settings-language-" + language.code());
            model.languageProperty().subscribe(l -> button.pseudoClassStateChanged(SELECTED, l == language));
            languages.getChildren().add(button);
        }

        var night = model.nightOnProperty();
        var on = choice(texts.bind("settings.night.on"), "settings-night-on", () -> night.set(true), night.map(b -> b));
        var off = choice(
                texts.bind("settings.night.off"), "settings-night-off", () -> night.set(false), night.map(b -> !b));
        var action = model.actionProperty();
        var dim = choice(
                texts.bind("settings.night.dim"),
                "settings-night-dim",
                () -> action.set(NightSchedule.Action.DIM),
                action.map(a -> a == NightSchedule.Action.DIM));
        var blank = choice(
                texts.bind("settings.night.blank"),
                "settings-night-blank",
                () -> action.set(NightSchedule.Action.BLANK),
                action.map(a -> a == NightSchedule.Action.BLANK));
        dim.disableProperty().bind(night.not());
        blank.disableProperty().bind(night.not());
        var nightChoices = new HBox(8, on, off, gap(), dim, blank);

        var choices = new FlowPane(
                28,
                8,
                section("settings.language", languages, texts),
                section("settings.nightMode", nightChoices, texts));
        choices.setAlignment(Pos.TOP_LEFT);

        var steppers = new FlowPane(
                14,
                8,
                Stepper.hour("settings-from-hour", texts.bind("settings.night.fromHour"), model.fromProperty()),
                Stepper.minute("settings-from-minute", texts.bind("settings.night.fromMinute"), model.fromProperty()),
                Stepper.hour("settings-until-hour", texts.bind("settings.night.untilHour"), model.untilProperty()),
                Stepper.minute(
                        "settings-until-minute", texts.bind("settings.night.untilMinute"), model.untilProperty()));
        steppers.setAlignment(Pos.CENTER_LEFT);
        steppers.disableProperty().bind(night.not());

        var now = Controls.label(nowText(model, texts), "settings-now");
        now.setId("settings-night-now");
        now.setWrapText(true);
        var save = Controls.button(texts.bind("settings.night.save"), model::saveNightMode, "primary");
        save.setId("settings-save-night");
        save.disableProperty().bind(model.nightChangedProperty().not());
        var saveRow = new HBox(12, now, Controls.spacer(), save);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(choices, steppers, saveRow, facts(model, texts));
    }

    public Node root() {
        return root;
    }

    private static Node section(String captionKey, Node content, Texts texts) {
        var box = new VBox(4, Controls.label(texts.bind(captionKey), "settings-caption"), content);
        box.getStyleClass().add("settings-section");
        return box;
    }

    /** A button that shows whether its choice is the one on screen (a fluent binding: observed, it is not collected). */
    private static Button choice(
            ObservableValue<String> text, String id, Runnable action, ObservableValue<Boolean> selected) {
        var button = Controls.button(text, action, "choice");
        button.setId(id);
        selected.subscribe(s -> button.pseudoClassStateChanged(SELECTED, s));
        return button;
    }

    private static Node gap() {
        var gap = new HBox();
        gap.setMinWidth(8);
        return gap;
    }

    private static StringBinding nowText(SettingsViewModel model, Texts texts) {
        return Bindings.createStringBinding(
                () -> {
                    var night = model.nightInForceProperty().get();
                    if (night == null || !night.enabled()) {
                        return texts.get("settings.night.nowOff");
                    }
                    var key = night.action() == NightSchedule.Action.BLANK
                            ? "settings.night.nowBlank"
                            : "settings.night.nowDim";
                    return texts.get(key, texts.time(night.from()), texts.time(night.until()));
                },
                model.nightInForceProperty(),
                texts.localeProperty());
    }

    /** Name, version, data directory, cloud thing and relay pin, two facts to a line. */
    private static Node facts(SettingsViewModel model, Texts texts) {
        var grid = new GridPane(10, 2);
        grid.getStyleClass().add("settings-facts");
        var heading = Controls.label(texts.bind("settings.device"), "settings-caption");
        grid.add(heading, 0, 0, 4, 1);
        fact(grid, 1, 0, "name", texts, model, DeviceFacts::kioskName);
        fact(grid, 1, 2, "version", texts, model, DeviceFacts::version);
        fact(grid, 2, 0, "cloud", texts, model, f -> f.thingName().orElseGet(() -> texts.get("settings.fact.offline")));
        fact(grid, 2, 2, "relay", texts, model, f -> texts.get("settings.fact.relayPin", f.relayPin()));
        fact(grid, 3, 0, "data", texts, model, DeviceFacts::dataDirectory);
        return grid;
    }

    private static void fact(
            GridPane grid,
            int row,
            int column,
            String name,
            Texts texts,
            SettingsViewModel model,
            java.util.function.Function<DeviceFacts, String> value) {
        var caption = Controls.label(texts.bind("settings.fact." + name), "fact-caption");
        var shown = Controls.label(
                Bindings.createStringBinding(
                        () -> model.factsProperty().get() == null
                                ? ""
                                : value.apply(model.factsProperty().get()),
                        model.factsProperty(),
                        texts.localeProperty()),
                "fact-value");
        shown.setId("fact-" + name.toLowerCase(Locale.ROOT));
        grid.add(caption, column, row);
        grid.add(shown, column + 1, row, column == 0 && name.equals("data") ? 3 : 1, 1);
    }
}
