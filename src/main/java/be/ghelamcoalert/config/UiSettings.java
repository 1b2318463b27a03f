package be.ghelamcoalert.config;

/**
 * The screen.
 *
 * @param fullScreen   full screen (the kiosk) or a window (a laptop)
 * @param width        window width when not full screen
 * @param height       window height when not full screen
 */
public record UiSettings(Boolean fullScreen, Integer width, Integer height) {

    public UiSettings {
        fullScreen = fullScreen == null ? Boolean.TRUE : fullScreen;
        width = width == null ? 800 : width;
        height = height == null ? 480 : height;
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is out of range");
        }
    }

    public static UiSettings defaults() {
        return new UiSettings(null, null, null);
    }
}
