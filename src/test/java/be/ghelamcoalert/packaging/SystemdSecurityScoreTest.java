package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.DeployedKiosk;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's unit is sandboxed: systemd's own judgement ({@code systemd-analyze security
 * --offline=true}, systemd 252 as in Debian 12) rates its exposure at 4.0 or less, and the
 * sandbox still lets the kiosk write its store and reach its relay.
 */
@IntegrationTest
class SystemdSecurityScoreTest {
    private static final Pattern OVERALL = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d)");
    private static final double HIGHEST_EXPOSURE = 4.0;
    /** The directives of the sandbox: none of them is needed for the kiosk to run. */
    private static final Pattern SANDBOX = Pattern.compile("^(ProtectSystem|ReadWritePaths|ProtectHome|PrivateTmp|UMask"
            + "|NoNewPrivileges|CapabilityBoundingSet|AmbientCapabilities|DevicePolicy|DeviceAllow|RestrictAddressFamilies"
            + "|ProtectKernel\\w+|ProtectControlGroups|ProtectClock|ProtectHostname|ProtectProc|RestrictNamespaces"
            + "|RestrictRealtime|RestrictSUIDSGID|LockPersonality|KeyringMode|RemoveIPC|SystemCall\\w+)=");

    @TempDir
    Path folder;

    @Test
    void theServiceUnitIsExposedAtMostFourOutOfTen() throws Exception {
        assertThat(exposure(DeployedKiosk.UNIT)).isLessThanOrEqualTo(HIGHEST_EXPOSURE);
    }

    @Test
    void theSameUnitWithoutItsSandboxIsRatedUnsafe() throws Exception {
        var sandboxed = Files.readAllLines(DeployedKiosk.UNIT);
        var bare = folder.resolve("ghelamco-alert.service");
        Files.write(
                bare,
                sandboxed.stream().filter(line -> !SANDBOX.matcher(line).find()).toList());

        assertThat(exposure(bare)).isGreaterThan(HIGHEST_EXPOSURE);
    }

    @Test
    void theSandboxLeavesTheStoreWritableAndTheRelayReachable() throws IOException {
        var unit = Files.readAllLines(DeployedKiosk.UNIT);

        assertThat(unit)
                .contains(
                        "Environment=GHELAMCO__KIOSK__DATADIRECTORY=/var/lib/ghelamco-alert",
                        "ProtectSystem=strict",
                        "ReadWritePaths=/var/lib/ghelamco-alert -/run/user",
                        "DevicePolicy=closed",
                        "DeviceAllow=char-gpiochip rw",
                        "DeviceAllow=char-drm rw",
                        "DeviceAllow=char-input rw",
                        "CapabilityBoundingSet=",
                        "NoNewPrivileges=yes",
                        "PrivateTmp=yes");
    }

    private static double exposure(Path unit) throws IOException, InterruptedException {
        var process = new ProcessBuilder(List.of(
                        "systemd-analyze",
                        "security",
                        "--offline=true",
                        "--no-pager",
                        unit.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        var matcher = OVERALL.matcher(output);
        assertThat(matcher.find())
                .as("an overall exposure level in:\n%s", output)
                .isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
