package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup-labwc.sh}, the labwc alternative to cage on Raspberry Pi OS's desktop, run in a
 * scratch root: it turns the environment file's two screen keys into the desktop user's labwc
 * autostart and rc.xml, and installs the service's drop-in. The autostart it writes is then run
 * as labwc runs it ({@code sh autostart}), with stand-ins for wlr-randr, xhost and wtype that
 * record what they were asked.
 */
@IntegrationTest
class PiLabwcSetupTest {
    private static final Path LABWC = Path.of("packaging/pi/labwc");
    private static final String TOUCH_DISPLAY = "Goodix Capacitive TouchScreen";
    private static final Pattern OVERALL = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d)");

    @TempDir
    Path scratch;

    private Path root;
    private Path home;
    private Path bin;
    private Path calls;

    @BeforeEach
    void scratchRootWithStandIns() throws IOException {
        root = scratch.resolve("root");
        home = Files.createDirectories(scratch.resolve("home/pi"));
        bin = Files.createDirectories(scratch.resolve("bin"));
        calls = scratch.resolve("calls");
        for (String tool : List.of("systemctl", "wlr-randr", "xhost", "wtype")) {
            var standIn = bin.resolve(tool);
            Files.writeString(standIn, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + calls + "'\n");
            Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.createDirectories(root.resolve("etc/ghelamco-alert"));
    }

    @Test
    void aQuarterTurnOnTouchDisplayTwoTurnsTheScreenMapsTouchAndLetsTheKioskIn() throws Exception {
        environmentFile(
                "GHELAMCO__UI__ADMINPIN=4711", "KIOSK_ROTATION=90", "KIOSK_TOUCH_DEVICE=\"" + TOUCH_DISPLAY + "\"");

        assertThat(setup("DSI-1").exitCode()).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly("systemctl daemon-reload");

        assertThat(runAutostart(":0")).isEmpty();
        assertThat(Files.readAllLines(calls))
                .containsExactly(
                        "systemctl daemon-reload",
                        "wlr-randr --output DSI-1 --transform 90",
                        "xhost +SI:localuser:ghelamco",
                        "wtype -M logo -k F12 -m logo");
        var rcXml = Files.readString(config("rc.xml"));
        assertThat(rcXml)
                .contains("<touch deviceName=\"" + TOUCH_DISPLAY + "\" mapToOutput=\"DSI-1\" mouseEmulation=\"no\"/>")
                .contains("<xwaylandPersistence>yes</xwaylandPersistence>")
                .contains("<windowRule identifier=\"*\" serverDecoration=\"no\" skipTaskbar=\"yes\"/>")
                .contains("<action name=\"HideCursor\"/>");
        assertWellFormed(config("rc.xml"));
        assertThat(root.resolve("etc/systemd/system/ghelamco-alert.service.d/labwc.conf"))
                .hasSameTextualContentAs(LABWC.resolve("ghelamco-alert-labwc.conf"));
    }

    @Test
    void eachRotationIsTheOutputTransformCageGetsAndNoTouchDeviceMeansNoTouchMapping() throws Exception {
        for (var turn : Map.of("0", "normal", "180", "180", "270", "270").entrySet()) {
            environmentFile("KIOSK_ROTATION=" + turn.getKey());
            Files.deleteIfExists(calls);

            assertThat(setup("HDMI-A-1").exitCode()).isZero();
            runAutostart(":0");

            assertThat(Files.readAllLines(calls))
                    .as(turn.getKey())
                    .contains("wlr-randr --output HDMI-A-1 --transform " + turn.getValue());
            assertThat(Files.readString(config("rc.xml"))).doesNotContain("<touch");
            assertWellFormed(config("rc.xml"));
        }
    }

    @Test
    void aDesktopOnAnotherDisplayThanTheServiceIsToldInTheSessionLog() throws Exception {
        environmentFile("KIOSK_ROTATION=0");
        setup("DSI-1");

        assertThat(runAutostart(":1")).contains("this desktop's Xwayland is :1, the kiosk service uses :0");
    }

    @Test
    void valuesLabwcCannotTakeStopTheSetupBeforeItWritesAnything() throws Exception {
        environmentFile("KIOSK_ROTATION=45");
        assertThat(setup("DSI-1")).satisfies(result -> {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.output()).contains("KIOSK_ROTATION must be 0, 90, 180 or 270, not '45'");
        });

        environmentFile("KIOSK_TOUCH_DEVICE=Touch \"quoted\" <panel>");
        assertThat(setup("DSI-1").exitCode()).isEqualTo(1);
        environmentFile("KIOSK_ROTATION=90");
        assertThat(setup("DSI-1; reboot").exitCode()).isEqualTo(1);

        assertThat(home.resolve(".config")).doesNotExist();
        assertThat(root.resolve("etc/systemd")).doesNotExist();
        assertThat(calls).doesNotExist();
    }

    @Test
    void theDesktopUsersOwnFilesAreKeptOnceAndASecondRunRewritesOnlyItsOwn() throws Exception {
        Files.createDirectories(config(""));
        Files.writeString(config("autostart"), "/usr/bin/wf-panel-pi &\n");
        environmentFile("KIOSK_ROTATION=90");

        setup("DSI-1");
        environmentFile("KIOSK_ROTATION=270");
        setup("DSI-1");

        assertThat(Files.readString(config("autostart.before-ghelamco-alert"))).isEqualTo("/usr/bin/wf-panel-pi &\n");
        assertThat(Files.readString(config("autostart")))
                .contains("--transform 270")
                .doesNotContain("wf-panel-pi");
        assertThat(config("rc.xml.before-ghelamco-alert")).doesNotExist();
    }

    @Test
    void theDropInIsValidForSystemdAndKeepsTheSandboxScore() throws Exception {
        var units = Files.createDirectories(scratch.resolve("units"));
        Files.copy(Path.of("packaging/pi/ghelamco-alert.service"), units.resolve("ghelamco-alert.service"));
        Files.copy(
                LABWC.resolve("ghelamco-alert-labwc.conf"),
                Files.createDirectories(units.resolve("ghelamco-alert.service.d"))
                        .resolve("labwc.conf"));

        var verify = systemdAnalyze(units, "verify", "ghelamco-alert.service");
        var security = systemdAnalyze(units, "security", "--offline=true", "--no-pager", "ghelamco-alert.service");

        // The scripts are not installed here; any other remark would be about the unit or the drop-in.
        assertThat(verify.lines()
                        .filter(line -> !line.contains("is not executable: No such file or directory"))
                        .toList())
                .isEmpty();
        var overall = OVERALL.matcher(security);
        assertThat(overall.find()).as(security).isTrue();
        assertThat(Double.parseDouble(overall.group(1))).isLessThanOrEqualTo(4.0);
    }

    private record Result(int exitCode, String output) {}

    private void environmentFile(String... lines) throws IOException {
        Files.write(root.resolve("etc/ghelamco-alert/ghelamco-alert.env"), List.of(lines));
    }

    private Path config(String file) {
        return home.resolve(".config/labwc").resolve(file);
    }

    private Result setup(String output) throws Exception {
        var builder = new ProcessBuilder(
                        LABWC.resolve("setup-labwc.sh").toAbsolutePath().toString(),
                        System.getProperty("user.name"),
                        output)
                .redirectErrorStream(true);
        builder.environment().put("GHELAMCO_ROOT", root.toString());
        builder.environment().put("GHELAMCO_USER_HOME", home.toString());
        builder.environment().put("GHELAMCO_SYSTEMCTL", bin.resolve("systemctl").toString());
        return run(builder);
    }

    /** As labwc runs it: {@code sh autostart}, with DISPLAY and WAYLAND_DISPLAY set. */
    private String runAutostart(String display) throws Exception {
        var builder = new ProcessBuilder("sh", config("autostart").toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("DISPLAY", display);
        builder.environment().put("WAYLAND_DISPLAY", "wayland-0");
        var result = run(builder);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    private static String systemdAnalyze(Path units, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of("systemd-analyze"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(units.toFile()).redirectErrorStream(true);
        builder.environment().put("SYSTEMD_UNIT_PATH", units + ":");
        return run(builder).output();
    }

    private static Result run(ProcessBuilder builder) throws Exception {
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static void assertWellFormed(Path xml) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("labwc_config");
    }
}
