package be.ghelamcoalert.ui.night;

import be.ghelamcoalert.config.NightModeSettings;
import be.ghelamcoalert.core.model.NightSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Decides whether the screen is awake, dimmed or blank: dimmed or blank in the configured night,
 * awake for a while after a touch, and always awake while an alert is active or the light is on.
 * It is also the one place that knows when the screen was last touched ({@link #untouchedFor()}).
 */
public final class ScreenRest {

    public enum State {
        AWAKE,
        DIMMED,
        BLANK
    }

    private NightModeSettings settings;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.AWAKE);
    private Instant awakeUntil = Instant.MIN;
    private Instant lastTouch;
    private boolean alarm;

    public ScreenRest(NightModeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.lastTouch = clock.instant();
    }

    /**
     * A touch: wakes the screen for a while.
     *
     * @return true when the screen was resting, so the touch only woke it and must not press
     *         whatever lies under the finger
     */
    public boolean touched() {
        boolean wasResting = state.get() != State.AWAKE;
        lastTouch = clock.instant();
        awakeUntil = lastTouch.plus(settings.wakeFor());
        update();
        return wasResting;
    }

    /** How long nobody has touched the screen (since it started, when nobody has yet). */
    public Duration untouchedFor() {
        return Duration.between(lastTouch, clock.instant());
    }

    /** Follows a night schedule chosen on the admin screen from now on. */
    public void use(NightSchedule schedule) {
        settings = settings.with(schedule);
        update();
    }

    public NightSchedule schedule() {
        return settings.schedule();
    }

    /** Whether an alert is active or the light is lit: the screen must then stay awake. */
    public void alarm(boolean active) {
        alarm = active;
        update();
    }

    /** Every second. */
    public void update() {
        var now = clock.instant();
        State next;
        if (alarm
                || now.isBefore(awakeUntil)
                || !settings.isNight(now.atZone(clock.getZone()).toLocalTime())) {
            next = State.AWAKE;
        } else {
            next = settings.action() == NightSchedule.Action.BLANK ? State.BLANK : State.DIMMED;
        }
        if (next != state.get()) {
            state.set(next);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
