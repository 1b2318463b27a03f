package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.adapter.gpio.Pi4jRelay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ghelamco-alert self-test}: checks an installed kiosk without a screen and without
 * disturbing a running one, prints a table and exits 0, or 1 when a check failed.
 */
@Command(
        name = "self-test",
        mixinStandardHelpOptions = true,
        description =
                "Checks the installed kiosk (configuration, store, relay GPIO, certificates, cloud endpoint, "
                        + "fixture sources, clock, disk) without disturbing a running one. Exit 0: all good; 1: a check failed.")
public final class SelfTestCommand implements Callable<Integer> {
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--config",
            description = "The kiosk configuration (default: ${DEFAULT-VALUE}).",
            defaultValue = "/etc/ghelamco-alert/kiosk.yaml")
    Path kioskYaml;

    @Option(
            names = "--fixtures",
            description = "The fixture configuration (default: ${DEFAULT-VALUE}; none: no import).",
            defaultValue = "/etc/ghelamco-alert/fixtures.yaml")
    Path fixturesYaml;

    @Option(
            names = "--environment-file",
            description = "The service's environment file, applied over this shell's "
                    + "environment as systemd does (default: ${DEFAULT-VALUE}).",
            defaultValue = "/etc/ghelamco-alert/ghelamco-alert.env")
    Path environmentFile;

    @Option(
            names = "--data-dir",
            description = "The data directory (default: the configuration's, else /var/lib/ghelamco-alert).")
    Optional<Path> dataDirectory;

    @Option(
            names = "--timeout",
            description = "For each network step and timedatectl (default: ${DEFAULT-VALUE}).",
            defaultValue = "PT5S")
    Duration timeout;

    @Option(
            names = "--min-free-mb",
            description = "Free space the data directory needs, in MB (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    long minimumFreeMegabytes;

    @Option(names = "--gpio-devices", hidden = true, defaultValue = "/dev")
    Path gpioDevices;

    @Option(names = "--timedatectl", hidden = true, defaultValue = "timedatectl")
    String timedatectl;

    @Override
    public Integer call() {
        var files = new SelfTestFiles(kioskYaml, fixturesYaml, environmentFile, dataDirectory, gpioDevices);
        var results = new SelfTest(
                        files,
                        System.getenv(),
                        Clock.systemUTC(),
                        timedatectl,
                        Pi4jRelay.onRaspberryPi(),
                        timeout,
                        minimumFreeMegabytes * 1024 * 1024)
                .run();
        var out = spec.commandLine().getOut();
        print(out, results);
        out.flush();
        return results.stream().anyMatch(CheckResult::failed) ? FAILED : 0;
    }

    static void print(PrintWriter out, List<CheckResult> results) {
        int width = results.stream().mapToInt(r -> r.check().length()).max().orElse(5);
        var row = "%-" + width + "s  %-14s  %s%n";
        out.printf(row, "CHECK", "RESULT", "DETAIL");
        results.forEach(r -> out.printf(row, r.check(), r.outcome().name().replace('_', ' '), r.detail()));
        var failed = results.stream()
                .filter(CheckResult::failed)
                .map(CheckResult::check)
                .toList();
        long warnings = results.stream()
                .filter(r -> r.outcome() == CheckResult.Outcome.WARN)
                .count();
        out.println(
                failed.isEmpty()
                        ? "self-test passed: " + results.size() + " checks, " + warnings + " warnings"
                        : "self-test FAILED: " + String.join(", ", failed));
    }
}
