package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/** What may start the screen before the command line is read. */
class ScreenFirstTest {

    @Test
    void everySubCommandAndTheHelpAndVersionOptionsAreNotTheKiosk() {
        var cli = KioskCommandLine.commandLine();
        var names = new HashSet<String>(cli.getSubcommands().keySet());
        for (OptionSpec option : cli.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                names.addAll(java.util.List.of(option.names()));
            }
        }

        assertThat(ScreenFirst.NOT_THE_KIOSK).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void theKiosksOwnOptionsMayStartIt() {
        assertThat(ScreenFirst.mayStartTheKiosk()).isTrue();
        assertThat(ScreenFirst.mayStartTheKiosk("--config", "/etc/ghelamco-alert/kiosk.yaml", "--fixtures", "f.yaml")).isTrue();
        assertThat(ScreenFirst.mayStartTheKiosk("--demo", "--windowed")).isTrue();
        assertThat(ScreenFirst.mayStartTheKiosk("fixtures", "check")).isFalse();
        assertThat(ScreenFirst.mayStartTheKiosk("--config", "k.yaml", "--help")).isFalse();
        assertThat(ScreenFirst.mayStartTheKiosk("job", "snooze")).isFalse();
    }

    @Test
    void theDataDirectoryIsKnownEarlyOnlyFromTheEnvironment() {
        assertThat(DataDirectory.fromEnvironment(Map.of("GHELAMCO__KIOSK__DATADIRECTORY", "/var/lib/ghelamco-alert")))
                .contains(java.nio.file.Path.of("/var/lib/ghelamco-alert"));
        assertThat(DataDirectory.fromEnvironment(Map.of("ghelamco__kiosk__dataDirectory", "/data"))).as("any case")
                .contains(java.nio.file.Path.of("/data"));
        assertThat(DataDirectory.fromEnvironment(Map.of("GHELAMCO__KIOSK__DATADIRECTORY", " "))).isEmpty();
        assertThat(DataDirectory.fromEnvironment(Map.of("GHELAMCO__UI__ADMINPIN", "1234"))).isEmpty();
    }
}
