package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiosk-touch.sh}, as the unit runs it before the kiosk: the environment file's rotation and
 * touch device become a udev rule with libinput's calibration matrix, and udev is asked to apply it
 * (a stand-in udevadm records what it was asked).
 */
@IntegrationTest
class PiTouchRotationTest {
    private static final Path SCRIPT = Path.of("packaging/pi/kiosk-touch.sh");
    private static final String TOUCH_DISPLAY = "Goodix Capacitive TouchScreen";

    @TempDir
    Path root;

    private Path rules;
    private Path udevadmCalls;

    @BeforeEach
    void standInUdevadm() throws IOException {
        rules = root.resolve("rules.d");
        udevadmCalls = root.resolve("udevadm.calls");
        var udevadm = root.resolve("udevadm");
        Files.writeString(udevadm, "#!/bin/sh\necho \"$*\" >> '" + udevadmCalls + "'\n");
        Files.setPosixFilePermissions(udevadm, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aQuarterTurnMapsTheTouchscreenWithTheScreen() throws Exception {
        assertThat(run(Map.of("KIOSK_ROTATION", "90", "KIOSK_TOUCH_DEVICE", TOUCH_DISPLAY)))
                .isZero();

        assertThat(Files.readString(rule()))
                .contains("ATTRS{name}==\"" + TOUCH_DISPLAY + "\"")
                .contains("ENV{LIBINPUT_CALIBRATION_MATRIX}=\"0 1 0 -1 0 1\"");
        assertThat(Files.readAllLines(udevadmCalls))
                .containsExactly("control --reload", "trigger --action=change --subsystem-match=input");
    }

    @Test
    void eachRotationHasItsMatrix() throws Exception {
        for (var turn : Map.of("180", "-1 0 1 0 -1 1", "270", "0 -1 1 1 0 0").entrySet()) {
            run(Map.of("KIOSK_ROTATION", turn.getKey(), "KIOSK_TOUCH_DEVICE", TOUCH_DISPLAY));

            assertThat(Files.readString(rule()))
                    .as(turn.getKey())
                    .contains("LIBINPUT_CALIBRATION_MATRIX}=\"" + turn.getValue() + "\"");
        }
    }

    @Test
    void backToNoRotationRemovesTheRuleAndAnUnknownRotationNeverStopsTheKiosk() throws Exception {
        run(Map.of("KIOSK_ROTATION", "90", "KIOSK_TOUCH_DEVICE", TOUCH_DISPLAY));

        assertThat(run(Map.of("KIOSK_ROTATION", "0", "KIOSK_TOUCH_DEVICE", TOUCH_DISPLAY)))
                .isZero();
        assertThat(rule()).doesNotExist();
        assertThat(Files.readAllLines(udevadmCalls)).hasSize(4);

        assertThat(run(Map.of("KIOSK_ROTATION", "45", "KIOSK_TOUCH_DEVICE", TOUCH_DISPLAY)))
                .isZero();
        assertThat(rule()).doesNotExist();
    }

    @Test
    void withoutATouchDeviceNothingIsWrittenAndUdevIsLeftAlone() throws Exception {
        assertThat(run(Map.of("KIOSK_ROTATION", "90"))).isZero();

        assertThat(rule()).doesNotExist();
        assertThat(udevadmCalls).doesNotExist();
    }

    private Path rule() {
        return rules.resolve("90-ghelamco-alert-touch.rules");
    }

    private int run(Map<String, String> environmentFile) throws Exception {
        var builder = new ProcessBuilder(List.of(SCRIPT.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("touch.out").toFile());
        builder.environment().put("GHELAMCO_UDEV_RULES", rules.toString());
        builder.environment().put("GHELAMCO_UDEVADM", root.resolve("udevadm").toString());
        builder.environment().putAll(environmentFile);
        var process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
