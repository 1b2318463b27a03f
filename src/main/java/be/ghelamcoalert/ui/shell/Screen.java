package be.ghelamcoalert.ui.shell;

import java.util.Locale;

/** The screens of the kiosk, as named in the configuration's {@code startScreen}. */
public enum Screen {
    DASHBOARD,
    EVENT,
    NEW_EVENT,
    REMOTE_COMMANDS,
    METRICS,
    SETTINGS;

    public static Screen named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
