package be.ghelamcoalert.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.port.RelayException;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class Pi4jRelayTest {

    @Test
    void anActiveLowBoardStartsHighSoItNeverClicksOnAtBoot() {
        try (var relay = Pi4jRelay.simulated(new RelayPin(17, true, Optional.empty()))) {
            assertThat(relay.initialLevel()).isEqualTo(DigitalState.HIGH);
            assertThat(relay.pinLevel()).isEqualTo(DigitalState.HIGH);
        }
    }

    @Test
    void anActiveLowBoardIsEnergizedByALowLevelAndReleasedOnClose() {
        var relay = Pi4jRelay.simulated(new RelayPin(17, true, Optional.empty()));
        var levels = new CopyOnWriteArrayList<DigitalState>();
        relay.onLevelChange(event -> levels.add(event.state()));

        relay.set(true);
        assertThat(relay.pinLevel()).isEqualTo(DigitalState.LOW);
        relay.set(false);
        assertThat(relay.pinLevel()).isEqualTo(DigitalState.HIGH);
        relay.set(true);
        relay.close();

        assertThat(levels).containsExactly(DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH);
        assertThat(relay.pinLevel()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void anActiveHighBoardStartsLowAndIsEnergizedByAHighLevel() {
        try (var relay = Pi4jRelay.simulated(new RelayPin(22, false, Optional.of("gpiochip0")))) {
            assertThat(relay.initialLevel()).isEqualTo(DigitalState.LOW);
            assertThat(relay.pinLevel()).isEqualTo(DigitalState.LOW);
            relay.set(true);
            assertThat(relay.pinLevel()).isEqualTo(DigitalState.HIGH);
            assertThat(relay.description()).isEqualTo("GPIO 22 on gpiochip0 (active-high) simulated (Pi4J mock)");
        }
    }

    @Test
    void aClosedRelayRefusesToSwitchWithAClearMessage() {
        var relay = Pi4jRelay.simulated(new RelayPin(17, false, Optional.empty()));
        relay.close();
        relay.close();

        assertThatThrownBy(() -> relay.set(true))
                .isInstanceOf(RelayException.class)
                .hasMessageContaining("GPIO 17");
    }

    @Test
    void aPinOffTheHeaderIsRejectedByNumber() {
        assertThatThrownBy(() -> new RelayPin(40, false, Optional.empty()))
                .hasMessageContaining("BCM GPIO number from 0 to 27, was 40");
        assertThat(new RelayPin(5, true, Optional.of("  ")).chip()).isEmpty();
    }

    @Test
    void theLevelFollowsPolarity() {
        assertThat(List.of(
                        Pi4jRelay.levelFor(true, false),
                        Pi4jRelay.levelFor(false, false),
                        Pi4jRelay.levelFor(true, true),
                        Pi4jRelay.levelFor(false, true)))
                .containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.LOW, DigitalState.HIGH);
    }
}
