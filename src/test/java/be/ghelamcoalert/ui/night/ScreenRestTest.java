package be.ghelamcoalert.ui.night;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.NightModeSettings;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ScreenRestTest {
    private final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 21, 59));
    private final NightModeSettings nights = new NightModeSettings(
            true, LocalTime.of(22, 0), LocalTime.of(6, 30), NightSchedule.Action.BLANK, Duration.ofMinutes(2));

    @Test
    void theScreenRestsInTheNightAndWakesInTheMorning() {
        var rest = new ScreenRest(nights, clock);
        rest.update();
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.AWAKE);

        clock.advance(Duration.ofMinutes(1));
        rest.update();
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.BLANK);

        clock.set(brussels(2026, 11, 29, 6, 30));
        rest.update();
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.AWAKE);
    }

    @Test
    void aTouchWakesTheScreenForAWhileAndOnlyWakesIt() {
        clock.set(brussels(2026, 11, 29, 2, 0));
        var rest = new ScreenRest(nights, clock);
        rest.update();

        assertThat(rest.touched()).as("the waking touch presses nothing").isTrue();
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.AWAKE);
        assertThat(rest.touched()).isFalse();

        clock.advance(Duration.ofMinutes(2));
        rest.update();
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.BLANK);
    }

    @Test
    void knowsHowLongTheScreenWasNotTouched() {
        var rest = new ScreenRest(nights, clock);
        clock.advance(Duration.ofSeconds(30));
        assertThat(rest.untouchedFor()).as("since the screen started").isEqualTo(Duration.ofSeconds(30));

        rest.touched();
        clock.advance(Duration.ofSeconds(5));
        assertThat(rest.untouchedFor()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void neverRestsWhileAnAlertIsActive() {
        clock.set(brussels(2026, 11, 29, 2, 0));
        var rest = new ScreenRest(nights, clock);

        rest.alarm(true);
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.AWAKE);

        rest.alarm(false);
        assertThat(rest.stateProperty().get()).isEqualTo(ScreenRest.State.BLANK);
    }

    @Test
    void dimInsteadOfBlankAndNothingWhenDisabled() {
        clock.set(brussels(2026, 11, 29, 2, 0));
        var dim = new ScreenRest(new NightModeSettings(true, null, null, NightSchedule.Action.DIM, null), clock);
        dim.update();
        assertThat(dim.stateProperty().get()).isEqualTo(ScreenRest.State.DIMMED);

        var off = new ScreenRest(new NightModeSettings(false, null, null, null, null), clock);
        off.update();
        assertThat(off.stateProperty().get()).isEqualTo(ScreenRest.State.AWAKE);
    }
}
