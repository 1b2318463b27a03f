package be.ghelamcoalert.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The screen.
 *
 * @param fullScreen   full screen (the kiosk) or a window (a laptop)
 * @param width        window width when not full screen
 * @param height       window height when not full screen
 * @param adminPin     the PIN (4 to 8 digits) for admin actions: settings, deleting or muting an
 *                     event, the light test. The default {@value #DEFAULT_ADMIN_PIN} works in the
 *                     demo only; elsewhere it leaves admin actions locked until
 *                     {@code GHELAMCO__UI__ADMINPIN} is set. Never logged; the kiosk checks tries
 *                     against a salted hash of it ({@code core.service.AdminPin}).
 * @param nightMode    when the screen dims or blanks
 * @param startScreen  the screen shown first: dashboard, new-event, remote-commands, metrics or
 *                     settings (used by the screenshot script; settings opens without the PIN,
 *                     as whoever can edit this file can read the PIN anyway)
 * @param backToOverviewAfter untouched this long, the screen goes back to the overview (closing
 *                     any dialog and locking the admin screen again), so a screen left on a form
 *                     never hides the countdown from the lobby; 10 seconds to 1 hour
 */
public record UiSettings(
        Boolean fullScreen,
        Integer width,
        Integer height,
        String adminPin,
        NightModeSettings nightMode,
        String startScreen,
        Duration backToOverviewAfter) {

    public static final Duration DEFAULT_BACK_TO_OVERVIEW_AFTER = Duration.ofMinutes(2);

    public static final String DEFAULT_ADMIN_PIN = "2468";
    public static final java.util.List<String> SCREENS =
            java.util.List.of("dashboard", "new-event", "remote-commands", "metrics", "settings");

    public UiSettings {
        fullScreen = fullScreen == null ? Boolean.TRUE : fullScreen;
        width = width == null ? 800 : width;
        height = height == null ? 480 : height;
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is out of range");
        }
        adminPin = adminPin == null ? DEFAULT_ADMIN_PIN : adminPin.strip();
        if (!adminPin.matches("[0-9]{4,8}")) {
            throw new IllegalArgumentException("adminPin must be 4 to 8 digits");
        }
        nightMode = nightMode == null ? NightModeSettings.defaults() : nightMode;
        startScreen = startScreen == null ? "dashboard" : startScreen.strip().toLowerCase(Locale.ROOT);
        if (!SCREENS.contains(startScreen)) {
            throw new IllegalArgumentException("startScreen must be one of " + SCREENS + ", was '" + startScreen + "'");
        }
        backToOverviewAfter = backToOverviewAfter == null ? DEFAULT_BACK_TO_OVERVIEW_AFTER : backToOverviewAfter;
        if (backToOverviewAfter.compareTo(Duration.ofSeconds(10)) < 0
                || backToOverviewAfter.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "backToOverviewAfter must be between 10 seconds (PT10S) and 1 hour (PT1H), was "
                            + backToOverviewAfter);
        }
    }

    public static UiSettings defaults() {
        return new UiSettings(null, null, null, null, null, null, null);
    }

    /** The same settings in a window (a laptop, the screenshot script). */
    public UiSettings windowed() {
        return new UiSettings(false, width, height, adminPin, nightMode, startScreen, backToOverviewAfter);
    }

    /** Whether the configured PIN is still the documented demo default. */
    public boolean usesDefaultPin() {
        return DEFAULT_ADMIN_PIN.equals(adminPin);
    }

    /** Never prints the PIN. */
    @Override
    public String toString() {
        return "UiSettings[fullScreen=" + fullScreen + ", width=" + width + ", height=" + height
                + ", adminPin=****, nightMode=" + nightMode + ", startScreen=" + startScreen
                + ", backToOverviewAfter=" + backToOverviewAfter + "]";
    }
}
