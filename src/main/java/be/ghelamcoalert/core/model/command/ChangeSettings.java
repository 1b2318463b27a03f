package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.SettingsOverrides;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Changes the kiosk's own settings from the admin screen: the language, the night mode or both.
 * What it leaves empty stays as it is. Stored, so the kiosk starts with them after a restart.
 */
public record ChangeSettings(Optional<Language> language, Optional<NightSchedule> nightMode) implements KioskCommand {

    public ChangeSettings {
        Checks.present(language, "language");
        Checks.present(nightMode, "nightMode");
        if (language.isEmpty() && nightMode.isEmpty()) {
            throw new InvalidCommandException("settings", Refusal.NOTHING_TO_CHANGE);
        }
        nightMode.filter(n -> n.from().equals(n.until())).ifPresent(n -> {
            throw new InvalidCommandException("nightMode.until", Refusal.NIGHT_WITHOUT_LENGTH, n.from());
        });
    }

    public static ChangeSettings language(Language language) {
        return new ChangeSettings(Optional.of(language), Optional.empty());
    }

    public static ChangeSettings nightMode(NightSchedule nightMode) {
        return new ChangeSettings(Optional.empty(), Optional.of(nightMode));
    }

    /** The change as stored choices. */
    public SettingsOverrides overrides() {
        return new SettingsOverrides(language, nightMode);
    }

    /** "language en, night mode on 22:00-06:30 dim", for the audit log. */
    public String describe() {
        var parts = new ArrayList<String>();
        language.ifPresent(l -> parts.add("language " + l.code()));
        nightMode.ifPresent(n -> parts.add("night mode " + n.describe()));
        return String.join(", ", parts);
    }

    @Override
    public Operation operation() {
        return Operation.CHANGE_SETTINGS;
    }
}
