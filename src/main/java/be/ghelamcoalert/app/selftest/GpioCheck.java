package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.adapter.gpio.GpioChipInfo;
import be.ghelamcoalert.config.AlarmSettings.RelaySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The relay's GPIO chip and line, only looked at ({@link GpioChipInfo}: opened read-only, never
 * requested, never switched): the chip the kiosk would use (the configured one, else the Pi's own,
 * labelled {@code pinctrl-...}) exists, and the relay's line is there and free or held by the kiosk.
 */
final class GpioCheck {
    private static final String CHECK = "relay GPIO";
    private static final String PI_LABEL = "pinctrl-";

    private GpioCheck() {}

    /** @param onRaspberryPi whether this machine is a Pi: elsewhere a missing chip is no fault */
    static CheckResult run(RelaySettings relay, Path devices, boolean onRaspberryPi) {
        Optional<Path> chip;
        try {
            chip = relay.chip().isEmpty() ? piChip(devices) : Optional.of(devices.resolve(relay.chip()));
        } catch (IOException e) {
            return CheckResult.fail(CHECK, "cannot list the GPIO chips in " + devices + ": " + e.getMessage());
        }
        if (chip.isEmpty() || !Files.exists(chip.get())) {
            var missing = chip.map(c -> c + " does not exist")
                    .orElse("no Raspberry Pi GPIO chip (" + PI_LABEL + "...) in " + devices);
            return onRaspberryPi || !relay.chip().isEmpty()
                    ? CheckResult.fail(CHECK, missing)
                    : CheckResult.skipped(CHECK, "not a Raspberry Pi: " + missing + "; the kiosk simulates the relay");
        }
        try {
            var info = GpioChipInfo.read(chip.get(), relay.pin());
            var line = info.line();
            var where = info.chipName() + " (" + info.chipLabel() + ", " + info.lines() + " lines), line "
                    + line.offset() + (line.name().isEmpty() ? "" : " " + line.name());
            var state = line.used()
                    ? "in use by '" + line.consumer() + "'" + (line.output() ? " as an output" : "")
                    : "free";
            return CheckResult.ok(CHECK, where + ": " + state + "; looked at read-only, not switched");
        } catch (IOException e) {
            return CheckResult.fail(CHECK, e.getMessage());
        }
    }

    private static Optional<Path> piChip(Path devices) throws IOException {
        if (!Files.isDirectory(devices)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(devices)) {
            return files.filter(f -> f.getFileName().toString().startsWith("gpiochip"))
                    .sorted()
                    .filter(GpioCheck::isPiChip)
                    .findFirst();
        }
    }

    private static boolean isPiChip(Path device) {
        try {
            return GpioChipInfo.read(device, 0).chipLabel().startsWith(PI_LABEL);
        } catch (IOException e) {
            return false;
        }
    }
}
