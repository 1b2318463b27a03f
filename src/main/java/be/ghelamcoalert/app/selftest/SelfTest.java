package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.config.KioskConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every check of {@code ghelamco-alert self-test}, in the order a technician would go: the files,
 * the store, the relay, the cloud, the fixture sources, the clock, the disk. A check that breaks
 * is reported as failed and the others still run.
 *
 * @param timedatectl    the command that tells the clock's state ({@code timedatectl})
 * @param onRaspberryPi  whether this is a Pi (a missing GPIO chip is a failure only there)
 * @param timeout        for each network step (DNS, TLS) and for timedatectl
 * @param minimumFree    the free space the data directory needs
 */
public record SelfTest(
        SelfTestFiles files,
        Map<String, String> shellEnvironment,
        Clock clock,
        String timedatectl,
        boolean onRaspberryPi,
        Duration timeout,
        long minimumFree) {

    public List<CheckResult> run() {
        var results = new ArrayList<CheckResult>();
        var loaded = ConfigurationCheck.run(files, shellEnvironment);
        results.addAll(loaded.results());
        var config = loaded.kiosk().orElse(KioskConfig.defaults());
        var dataDirectory = dataDirectory(loaded);
        results.add(guarded("store", () -> StoreCheck.run(dataDirectory, clock)));
        results.add(
                guarded("relay GPIO", () -> GpioCheck.run(config.alarm().relay(), files.gpioDevices(), onRaspberryPi)));
        results.addAll(guardedAll("certificates", () -> CertificateCheck.run(config.iot(), clock)));
        results.addAll(guardedAll("cloud endpoint", () -> EndpointCheck.run(config.iot(), timeout)));
        results.addAll(guardedAll(
                "fixture sources",
                () -> FixtureSourcesCheck.run(
                        loaded.fixtures(), clock, config.deadlines().zone())));
        results.add(guarded("clock", () -> ClockCheck.run(timedatectl, timeout)));
        results.add(guarded("disk space", () -> DiskSpaceCheck.run(dataDirectory, minimumFree)));
        return List.copyOf(results);
    }

    /** The data directory the service writes: given, else the configuration's (overrides included), else the package's. */
    private Path dataDirectory(ConfigurationCheck.Loaded loaded) {
        return files.dataDirectory()
                .or(() -> loaded.kiosk().flatMap(k -> k.kiosk().dataDirectory()).map(Path::of))
                .orElse(SelfTestFiles.PACKAGE_DATA_DIRECTORY);
    }

    private static CheckResult guarded(String check, Supplier<CheckResult> work) {
        return guardedAll(check, () -> List.of(work.get())).getFirst();
    }

    private static List<CheckResult> guardedAll(String check, Supplier<List<CheckResult>> work) {
        try {
            return work.get();
        } catch (RuntimeException | LinkageError e) {
            return List.of(CheckResult.fail(check, "the check itself broke: " + e));
        }
    }
}
