package be.ghelamcoalert.ui.settings;

import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.ui.common.CommandRunner;
import java.time.LocalTime;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The admin screen: the language and the night mode in force, the night mode being edited, and
 * the device's facts. Changes go to the core as {@link ChangeSettings}; the shell applies them
 * once the core says they changed. The settings are read from memory (the core keeps them), so
 * reading them never waits on the store.
 */
public final class SettingsViewModel {
    private final KioskQueries queries;
    private final CommandRunner commands;
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(Language.NL);
    private final ReadOnlyObjectWrapper<NightSchedule> nightInForce = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DeviceFacts> facts = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty nightOn = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalTime> from = new SimpleObjectProperty<>(LocalTime.of(22, 0));
    private final ObjectProperty<LocalTime> until = new SimpleObjectProperty<>(LocalTime.of(6, 30));
    private final ObjectProperty<NightSchedule.Action> action = new SimpleObjectProperty<>(NightSchedule.Action.DIM);
    private final ObjectBinding<NightSchedule> edited = Bindings.createObjectBinding(
            () -> new NightSchedule(nightOn.get(), from.get(), until.get(), action.get()),
            nightOn,
            from,
            until,
            action);
    private final BooleanBinding nightChanged =
            Bindings.createBooleanBinding(() -> !edited.get().equals(nightInForce.get()), edited, nightInForce);

    public SettingsViewModel(KioskQueries queries, CommandRunner commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** Shows the settings in force; an unsaved night-mode edit is dropped. */
    public void refresh() {
        var settings = queries.settings();
        facts.set(queries.deviceFacts());
        language.set(settings.language());
        var night = settings.nightMode();
        nightInForce.set(night);
        nightOn.set(night.enabled());
        from.set(night.from());
        until.set(night.until());
        action.set(night.action());
    }

    /** Speaks {@code chosen} from now on, also after a restart. */
    public void chooseLanguage(Language chosen) {
        if (chosen != language.get()) {
            commands.run(ChangeSettings.language(chosen), outcome -> refresh());
        }
    }

    /** Stores the night mode as edited; the core refuses a night that ends when it starts. */
    public void saveNightMode() {
        commands.run(() -> ChangeSettings.nightMode(edited.get()), outcome -> refresh());
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NightSchedule> nightInForceProperty() {
        return nightInForce.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeviceFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public BooleanProperty nightOnProperty() {
        return nightOn;
    }

    public ObjectProperty<LocalTime> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalTime> untilProperty() {
        return until;
    }

    public ObjectProperty<NightSchedule.Action> actionProperty() {
        return action;
    }

    /** Whether the night mode on screen differs from the one in force (the save button is live). */
    public BooleanBinding nightChangedProperty() {
        return nightChanged;
    }
}
