package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@IntegrationTest
class MainTest {
    @TempDir
    Path dir;

    /**
     * In a JVM of its own, as systemd starts it, and without a display: the configuration is read
     * while the screen starts, and its error (not "no display") decides the exit code.
     */
    @Test
    void invalidConfigurationStopsStartUpWithExitCodeTwoAndNamesFileAndKey() throws Exception {
        var config = dir.resolve("kiosk.yaml");
        Files.writeString(config, "alerts:\n  defaultSnooze: PT0S\n");
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "--config",
                        config.toString(),
                        "--fixtures",
                        dir.resolve("none.yaml").toString())
                .redirectErrorStream(true);
        process.environment().remove("DISPLAY");
        process.environment()
                .put("GHELAMCO__KIOSK__DATADIRECTORY", dir.resolve("data").toString());
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());

        assertThat(started.waitFor()).as(output).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(output).contains("Configuration error", config.toString(), "alerts", "default snooze");
        assertThat(dir.resolve("data")).as("nothing opened").doesNotExist();
    }

    @Test
    void helpDescribesTheDemoFlag() {
        var out = new StringWriter();
        var cli = KioskCommandLine.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--demo").contains("--windowed").contains("--config");
    }

    @Test
    void argumentsThatStartTheKioskGetTheKioskAloneAnythingElseTheFullCommandLine() {
        assertThat(KioskCommandLine.commandLine("--demo", "--windowed", "--config", "kiosk-config/kiosk.yaml")
                        .getSubcommands())
                .isEmpty();
        assertThat(KioskCommandLine.commandLine().getSubcommands()).containsKeys("fixtures", "job");
        assertThat(KioskCommandLine.commandLine("fixtures", "check").getSubcommands())
                .containsKeys("fixtures", "job");
        assertThat(KioskCommandLine.commandLine("remote", "kiosks")
                        .getSubcommands()
                        .get("remote")
                        .getSubcommands())
                .containsKeys(
                        "kiosks",
                        "events",
                        "jobs",
                        "snooze",
                        "confirm",
                        "mute",
                        "retime",
                        "add-alert",
                        "create-event",
                        "update-event",
                        "delete-event",
                        "refresh",
                        "light-test",
                        "change-settings",
                        "provision",
                        "deprovision");
        assertThat(KioskCommandLine.commandLine("--help").getSubcommands()).containsKeys("fixtures", "job");
        assertThat(KioskCommandLine.commandLine("--version").getSubcommands()).containsKeys("fixtures", "job");
        assertThat(KioskCommandLine.commandLine("--no-such-option").getSubcommands())
                .containsKeys("fixtures", "job");
    }

    @Test
    void aMistypedSubCommandIsAnsweredByTheFullCommandLine() {
        var err = new StringWriter();
        var cli = KioskCommandLine.commandLine("fixture");
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("fixture")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("fixture").contains("fixtures");
    }
}
