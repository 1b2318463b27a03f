package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void invalidConfigurationStopsStartUpWithExitCodeTwoAndNamesFileAndKey() throws Exception {
        var config = dir.resolve("kiosk.yaml");
        Files.writeString(config, "alerts:\n  defaultSnooze: PT0S\n");
        var err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--config", config.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(err.toString()).contains(config.toString()).contains("alerts").contains("default snooze");
    }

    @Test
    void helpDescribesTheDemoFlag() {
        var out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--demo").contains("--windowed").contains("--config");
    }
}
