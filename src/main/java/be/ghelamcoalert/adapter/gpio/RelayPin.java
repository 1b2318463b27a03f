package be.ghelamcoalert.adapter.gpio;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the relay board hangs.
 *
 * @param bcm       the BCM GPIO number (0-27 on the 40-pin header)
 * @param activeLow the board energizes its relay on a low level (most cheap opto-isolated boards)
 * @param chip      the gpiochip to use, e.g. "gpiochip0"; empty: the Pi's own (label "pinctrl")
 */
public record RelayPin(int bcm, boolean activeLow, Optional<String> chip) {

    public RelayPin {
        Objects.requireNonNull(chip, "chip");
        if (bcm < 0 || bcm > 27) {
            throw new IllegalArgumentException("relay pin must be a BCM GPIO number from 0 to 27, was " + bcm);
        }
        chip = chip.map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public String toString() {
        return "GPIO " + bcm + chip.map(name -> " on " + name).orElse("")
                + (activeLow ? " (active-low)" : " (active-high)");
    }
}
