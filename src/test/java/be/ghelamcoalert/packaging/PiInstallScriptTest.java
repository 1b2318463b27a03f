package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code install.sh} (the install without the .deb) writes {@code /opt/ghelamco-alert/VERSION} as
 * the .deb does, so that {@code kiosk-session.sh} compares an over-the-air release with the installed
 * version instead of letting any release win.
 */
@IntegrationTest
class PiInstallScriptTest {
    private static final Path INSTALL = Path.of("packaging/pi/install.sh");

    @Test
    void theVersionIsTheOneInTheNameMavenGaveTheJar() throws Exception {
        assertThat(jarVersion("/home/pi/ghelamco/target/ghelamco-alert-1.5.0.jar"))
                .isEqualTo("1.5.0");
        assertThat(jarVersion("target/ghelamco-alert-0.1.0-SNAPSHOT.jar")).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void theInstalledJarsVersionIsWrittenWhereTheLauncherReadsIt() throws IOException {
        var script = Files.readString(INSTALL);
        var launcher = Files.readString(Path.of("packaging/pi/kiosk-session.sh"));

        assertThat(launcher).contains("packaged=\"$(cat \"$home/VERSION\"");
        assertThat(script)
                .contains("install -m 644 \"$jar\" \"$home/ghelamco-alert.jar\"")
                .contains("jar_version \"$jar\" > \"$home/VERSION\"");
        assertThat(script.indexOf("> \"$home/VERSION\""))
                .as("written with the jar, before the service starts again")
                .isGreaterThan(script.indexOf("\"$home/ghelamco-alert.jar\""))
                .isLessThan(script.indexOf("systemctl restart ghelamco-alert"));
        assertThat(Files.readString(Path.of("packaging/deb/build-deb.sh")))
                .contains("echo \"$version\" > \"$home/VERSION\"");
    }

    @Test
    void moreThanOneBuiltJarIsRefusedRatherThanGuessed() throws IOException {
        assertThat(Files.readString(INSTALL)).contains("[ \"${#jars[@]}\" -eq 1 ] || {");
    }

    /** Runs the script's own {@code jar_version} function in bash. */
    private static String jarVersion(String jar) throws Exception {
        var function = "eval \"$(sed -n '/^jar_version() {/,/^}/p' " + INSTALL + ")\"; jar_version \"$1\"";
        var process = new ProcessBuilder("bash", "-c", function, "install.sh", jar)
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
