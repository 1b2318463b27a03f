package be.ghelamcoalert.ui.shell;

import be.ghelamcoalert.ui.night.ScreenRest;
import java.time.Duration;

/**
 * When the kiosk goes back to the overview by itself: after a while without a touch, so a screen
 * left on a form, the metrics or the admin screen never hides the countdown from the lobby, and
 * at once when an alert becomes active or the light comes on. Touches are counted by the night
 * mode's {@link ScreenRest}, the one place that sees them.
 */
final class OverviewReturn {
    private final Duration after;
    private final ScreenRest touches;
    private boolean alarmBefore;

    /** @param alarmAtStart whether an alert is already active or the light already on as the screen starts */
    OverviewReturn(Duration after, ScreenRest touches, boolean alarmAtStart) {
        this.after = after;
        this.touches = touches;
        this.alarmBefore = alarmAtStart;
    }

    /**
     * Every second.
     *
     * @param alarm whether an alert is active or the light is on now
     * @param away  whether something other than the bare overview is on screen (another screen or a dialog)
     * @return whether the shell must show the overview now
     */
    boolean due(boolean alarm, boolean away) {
        boolean started = alarm && !alarmBefore;
        alarmBefore = alarm;
        return away && (started || touches.untouchedFor().compareTo(after) >= 0);
    }
}
