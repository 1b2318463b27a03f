package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.bench.UiStartupBenchmark;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Pi's systemd unit and install script agree with each other and with what the start-up
 * benchmark measures.
 */
@IntegrationTest
class PiServiceUnitTest {
    private static final Path PI = Path.of("packaging/pi");
    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^Environment=\"JAVA_OPTS=(.*)\"$");
    private static final String AOT_CACHE = "-XX:AOTCache=/opt/ghelamco-alert/ghelamco-alert.aot";
    /** Not measured by the benchmark: it changes nothing until the heap runs out, then ends the JVM. */
    private static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    @Test
    void theUnitRunsTheJvmOptionsTheBenchmarkMeasuresPlusExitOnOutOfMemoryAndTheAotCache() throws IOException {
        var options = javaOptions();

        assertThat(options)
                .containsExactlyElementsOf(
                        concat(UiStartupBenchmark.KIOSK_JVM_OPTIONS, List.of(EXIT_ON_OUT_OF_MEMORY, AOT_CACHE)));
    }

    @Test
    void theUnitIsReadyWhenTheKioskSaysSoAndRestartsItWhenItsWatchdogStarves() throws IOException {
        var unitLines = Files.readAllLines(PI.resolve("ghelamco-alert.service"));

        assertThat(unitLines)
                .contains(
                        "Type=notify",
                        "NotifyAccess=all",
                        "WatchdogSec=30",
                        "TimeoutStartSec=90",
                        "WatchdogSignal=SIGABRT",
                        "Restart=always")
                .doesNotContain("Type=simple");
    }

    @Test
    void theJarGrantsNativeAccessForSdNotifyWithoutTheOptionThatCostsStartTime() throws IOException {
        var pom = Files.readString(Path.of("pom.xml"));
        var session = Files.readString(PI.resolve("kiosk-session.sh"));

        assertThat(pom).contains("<Enable-Native-Access>ALL-UNNAMED</Enable-Native-Access>");
        assertThat(session).contains("jar=\"$home/ghelamco-alert.jar\"", "${JAVA_OPTS:-} -jar \"$jar\"");
        assertThat(javaOptions()).noneMatch(option -> option.startsWith("--enable-native-access"));
    }

    @Test
    void theUnitSetsTheEnvironmentTheBenchmarkMeasures() throws IOException {
        var unitLines = Files.readAllLines(PI.resolve("ghelamco-alert.service"));

        assertThat(UiStartupBenchmark.KIOSK_ENVIRONMENT).contains("MALLOC_ARENA_MAX=2", "GDK_GL=disable");
        for (String variable : UiStartupBenchmark.KIOSK_ENVIRONMENT) {
            assertThat(unitLines).as("the unit sets %s", variable).contains("Environment=" + variable);
        }
    }

    @Test
    void theInstallScriptAndThePackageRecordTheCacheTheUnitLoads() throws IOException {
        var record = Files.readString(PI.resolve("record-aot-cache.sh"));

        assertThat(Files.readString(PI.resolve("install.sh"))).contains("\"$home/record-aot-cache.sh\" \"$unit\"");
        assertThat(Files.readString(Path.of("packaging/deb/postinst")))
                .contains("/opt/$name/record-aot-cache.sh /lib/systemd/system/$name.service");
        assertThat(record)
                .contains("home=/opt/ghelamco-alert")
                .contains("aot=\"$home/ghelamco-alert.aot\"")
                .contains("-XX:AOTCacheOutput=")
                .contains("--demo --training-run")
                .contains(" GDK_GL=disable ")
                .contains("sed -n 's/^Environment=\"JAVA_OPTS=\\(.*\\)\"$/\\1/p'");
        assertThat(AOT_CACHE).endsWith("/opt/ghelamco-alert/ghelamco-alert.aot");
    }

    @Test
    void theUnitStartsTheLaunchScriptThatTheInstallScriptInstalls() throws IOException {
        var unit = Files.readString(PI.resolve("ghelamco-alert.service"));
        var install = Files.readString(PI.resolve("install.sh"));

        assertThat(unit)
                .contains("ExecStart=/opt/ghelamco-alert/kiosk-launch.sh ")
                .contains("KillMode=mixed")
                .contains("PAMName=ghelamco-alert")
                .contains("Restart=always")
                .contains("SupplementaryGroups=gpio video input render")
                .contains("EnvironmentFile=-/etc/ghelamco-alert/ghelamco-alert.env");
        assertThat(unit).contains("ExecStartPre=+/opt/ghelamco-alert/kiosk-touch.sh");
        assertThat(install)
                .contains("\"$pi/kiosk-launch.sh\" \"$pi/kiosk-session.sh\" \"$pi/kiosk-touch.sh\"")
                .contains("\"$pi/ghelamco-alert.pam\" /etc/pam.d/ghelamco-alert");
        for (String script :
                List.of("kiosk-launch.sh", "kiosk-session.sh", "kiosk-touch.sh", "record-aot-cache.sh", "install.sh")) {
            assertThat(PI.resolve(script)).exists();
        }
        assertThat(Files.isExecutable(PI.resolve("kiosk-launch.sh"))).isTrue();
        assertThat(Files.isExecutable(PI.resolve("kiosk-session.sh"))).isTrue();
        assertThat(Files.isExecutable(PI.resolve("kiosk-touch.sh"))).isTrue();
    }

    private static List<String> javaOptions() throws IOException {
        var matcher = JAVA_OPTS.matcher(Files.readString(PI.resolve("ghelamco-alert.service")));
        assertThat(matcher.find())
                .as("an Environment=\"JAVA_OPTS=...\" line in the unit")
                .isTrue();
        return Arrays.asList(matcher.group(1).strip().split("\\s+"));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
