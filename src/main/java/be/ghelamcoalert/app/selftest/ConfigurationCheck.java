package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.config.ConfigException;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.KioskConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration as the service reads it: the environment file's overrides on top of this
 * shell's environment, then {@code kiosk.yaml} and {@code fixtures.yaml}. The other checks work
 * on what it loaded.
 */
final class ConfigurationCheck {
    /** What the service would run with; empty where a file could not be read. */
    record Loaded(
            Optional<KioskConfig> kiosk,
            Optional<FixtureConfig> fixtures,
            Map<String, String> environment,
            List<CheckResult> results) {}

    private ConfigurationCheck() {}

    static Loaded run(SelfTestFiles files, Map<String, String> shellEnvironment) {
        var results = new ArrayList<CheckResult>();
        var environment = new HashMap<>(shellEnvironment);
        var envFile = files.environmentFile();
        if (Files.exists(envFile)) {
            try {
                var variables = EnvironmentFile.read(envFile);
                environment.putAll(variables);
                results.add(
                        othersCanRead(envFile)
                                ? CheckResult.fail(
                                        "environment file",
                                        envFile + " can be read by any user (it holds the admin PIN): chmod 640 "
                                                + envFile)
                                : CheckResult.ok("environment file", envFile + ": " + variables.size() + " variables"));
            } catch (IOException e) {
                results.add(CheckResult.fail("environment file", envFile + ": " + e.getMessage()));
            }
        } else {
            results.add(CheckResult.ok("environment file", envFile + " does not exist: kiosk.yaml alone"));
        }
        var loader = new ConfigLoader(environment);
        Optional<KioskConfig> kiosk = Optional.empty();
        try {
            var config = loader.load(files.kioskYaml());
            kiosk = Optional.of(config);
            results.add(CheckResult.ok(
                    "kiosk.yaml",
                    files.kioskYaml() + ": kiosk '" + config.kiosk().name() + "', "
                            + config.deadlines().zone() + ", relay GPIO "
                            + config.alarm().relay().pin()
                            + (config.iot().isPresent()
                                    ? ", cloud " + config.iot().get().endpoint()
                                    : ", offline")));
        } catch (ConfigException e) {
            results.add(CheckResult.fail("kiosk.yaml", e.getMessage()));
        }
        Optional<FixtureConfig> fixtures = Optional.empty();
        if (!Files.exists(files.fixturesYaml())) {
            results.add(CheckResult.notConfigured(
                    "fixtures.yaml", files.fixturesYaml() + " does not exist: no fixture import"));
        } else {
            try {
                var config = loader.load(files.fixturesYaml(), FixtureConfig.class);
                fixtures = Optional.of(config);
                results.add(CheckResult.ok(
                        "fixtures.yaml",
                        files.fixturesYaml() + ": " + config.sources().size() + " sources"));
            } catch (ConfigException e) {
                results.add(CheckResult.fail("fixtures.yaml", e.getMessage()));
            }
        }
        var unread = loader.overridesOutside(KioskConfig.class, FixtureConfig.class);
        if (!unread.isEmpty()) {
            results.add(CheckResult.warn("overrides", "these variables name no setting and change nothing: " + unread));
        }
        return new Loaded(kiosk, fixtures, Map.copyOf(environment), List.copyOf(results));
    }

    private static boolean othersCanRead(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
