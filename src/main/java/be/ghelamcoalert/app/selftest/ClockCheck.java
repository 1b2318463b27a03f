package be.ghelamcoalert.app.selftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The clock the deadlines hang on: synchronised by NTP, as {@code timedatectl show} tells. A
 * machine without timedatectl, or without systemd running (a container), cannot tell: that is a
 * warning, not a failure.
 */
final class ClockCheck {
    private static final String CHECK = "clock";

    private ClockCheck() {}

    /** @param timedatectl the command, {@code timedatectl} on a kiosk */
    static CheckResult run(String timedatectl, Duration timeout) {
        var command = new ArrayList<>(List.of(timedatectl, "show"));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return CheckResult.warn(
                    CHECK,
                    "cannot tell whether the clock is synchronised: " + timedatectl + " cannot run (" + e.getMessage()
                            + ")");
        }
        try {
            process.getOutputStream().close();
            // Its answer is a few hundred bytes: it fits the pipe, so waiting before reading cannot block it.
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return CheckResult.warn(
                        CHECK,
                        "cannot tell whether the clock is synchronised: timedatectl did not answer in " + timeout);
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                return CheckResult.warn(
                        CHECK,
                        "cannot tell whether the clock is synchronised: timedatectl: "
                                + output.strip().lines().findFirst().orElse("exit " + process.exitValue()));
            }
            return judge(properties(output));
        } catch (IOException e) {
            return CheckResult.warn(CHECK, "cannot read timedatectl's answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.warn(CHECK, "interrupted while asking timedatectl");
        } finally {
            process.destroyForcibly();
        }
    }

    private static CheckResult judge(Map<String, String> properties) {
        var zone = properties.getOrDefault("Timezone", "?");
        var synchronised = properties.get("NTPSynchronized");
        if ("yes".equals(synchronised)) {
            return CheckResult.ok(CHECK, "synchronised by NTP (time zone " + zone + ")");
        }
        if ("no".equals(synchronised)) {
            return CheckResult.fail(
                    CHECK,
                    "NOT synchronised by NTP (NTP service " + properties.getOrDefault("NTP", "?")
                            + "): deadlines would be off. Check the network, then: timedatectl timesync-status");
        }
        return CheckResult.warn(CHECK, "timedatectl does not say whether the clock is synchronised");
    }

    private static Map<String, String> properties(String output) {
        return output.lines()
                .filter(line -> line.indexOf('=') > 0)
                .collect(Collectors.toMap(
                        line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1),
                        (first, second) -> second));
    }
}
