package be.ghelamcoalert.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void shippedConfigurationLoadsAndMatchesTheDefaults() {
        var config = loader.load(Path.of("kiosk-config/kiosk.yaml"));

        assertThat(config.deadlines().defaultLead()).isEqualTo(Duration.ofHours(3));
        assertThat(config.deadlines().assumedKickoffWhenUnknown()).isEqualTo(LocalTime.of(12, 30));
        assertThat(config.alerts().policy().rules())
                .extracting(r -> r.kind())
                .containsExactly(AlertKind.NOTICE, AlertKind.WARNING, AlertKind.OVERDUE);
        assertThat(config.kiosk().language()).isEqualTo("nl");
        assertThat(config.updates()).isEqualTo(UpdateConfig.defaults());
    }

    @Test
    void updatesNameTheirKeyFolderAndTrialLimit() throws Exception {
        var config = loader.load(write("updates:\n  releaseKeys: /srv/keys\n  trialLimit: PT5M\n"));

        assertThat(config.updates().releaseKeysFolder()).isEqualTo(Path.of("/srv/keys"));
        assertThat(config.updates().trialLimit()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> loader.load(write("updates:\n  trialLimit: PT0S\n")))
                .hasMessageContaining("trialLimit");
    }

    @Test
    void emptyFileMeansAllDefaults() throws Exception {
        var file = write("");
        assertThat(loader.load(file)).isEqualTo(KioskConfig.defaults());
    }

    @Test
    void leadPerKindAndCustomRulesAreRead() throws Exception {
        var file = write("""
                deadlines:
                  leadByKind: { custom: PT2H }
                alerts:
                  rules:
                    - { name: early, kind: warning, before: PT2H }
                """);
        var config = loader.load(file);

        assertThat(config.deadlines().policy().leadFor(EventKind.CUSTOM)).isEqualTo(Duration.ofHours(2));
        assertThat(config.alerts().policy().rules())
                .singleElement()
                .extracting(r -> r.before())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void unknownKeyIsNamedWithItsPath() throws Exception {
        var file = write("deadlines:\n  defaultLeed: PT3H\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("deadlines.defaultLeed")
                .hasMessageContaining("defaultLead");
    }

    @Test
    void badValueIsNamedWithItsPathAndTheProblem() throws Exception {
        var file = write("deadlines:\n  defaultLead: PT30H\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("deadlines"))
                .hasMessageContaining("between 0 and 24 hours");
    }

    @Test
    void wrongTypeIsNamed() throws Exception {
        var file = write("ui:\n  width: wide\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ui.width");
    }

    @Test
    void brokenYamlGivesTheLine() throws Exception {
        var file = write("kiosk:\n  name: [unclosed\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("line");
    }

    @Test
    void missingFileIsSaid() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml"))).hasMessageContaining("does not exist");
    }

    @Test
    void environmentOverridesTheFile() throws Exception {
        var file = write("kiosk:\n  name: From file\n");
        var withEnv = new ConfigLoader(Map.of(
                "GHELAMCO__KIOSK__NAME",
                "From env",
                "GHELAMCO__KIOSK__DATADIRECTORY",
                "/var/lib/ghelamco-alert",
                "GHELAMCO__DEADLINES__DEFAULTLEAD",
                "PT2H"));

        var config = withEnv.load(file);

        assertThat(config.kiosk().name()).isEqualTo("From env");
        assertThat(config.kiosk().dataDirectory()).contains("/var/lib/ghelamco-alert");
        assertThat(config.deadlines().defaultLead()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void environmentFillsAnOptionalSectionTheFileLeavesOut() throws Exception {
        var file = write("kiosk:\n  name: From file\n");
        var withEnv = new ConfigLoader(Map.of(
                "GHELAMCO__IOT__ENDPOINT",
                "abc-ats.iot.eu-west-1.amazonaws.com",
                "GHELAMCO__IOT__THINGNAME",
                "lobby-1",
                "GHELAMCO__IOT__CERTIFICATE",
                "/etc/ghelamco-alert/device.pem.crt",
                "GHELAMCO__IOT__PRIVATEKEY",
                "/etc/ghelamco-alert/private.pem.key",
                "GHELAMCO__IOT__CACERTIFICATE",
                "/etc/ghelamco-alert/AmazonRootCA1.pem"));

        var iot = withEnv.load(file).iot().orElseThrow();

        assertThat(iot.thingName()).isEqualTo("lobby-1");
        assertThat(iot.privateKey()).isEqualTo("/etc/ghelamco-alert/private.pem.key");
        assertThat(iot.caCertificate()).contains("/etc/ghelamco-alert/AmazonRootCA1.pem");
    }

    @Test
    void badEnvironmentOverrideIsNamedToo() throws Exception {
        var file = write("");
        var withEnv = new ConfigLoader(Map.of("GHELAMCO__KIOSK__LANGUAGE", "fr"));

        assertThatThrownBy(() -> withEnv.load(file))
                .hasMessageContaining("key 'kiosk'")
                .hasMessageContaining("language must be 'nl' or 'en'");
    }

    @Test
    void theUnitsOverridesLeaveTheFixtureFileAlone() throws Exception {
        // The Pi unit sets GHELAMCO__KIOSK__DATADIRECTORY and the README's admin PIN for kiosk.yaml;
        // fixtures.yaml has neither section and must load as written.
        var fixtures = dir.resolve("fixtures.yaml");
        Files.copy(Path.of("kiosk-config/fixtures.yaml"), fixtures);
        var unit = new ConfigLoader(
                Map.of("GHELAMCO__KIOSK__DATADIRECTORY", "/var/lib/ghelamco-alert", "GHELAMCO__UI__ADMINPIN", "4821"));

        var asShipped = new ConfigLoader(Map.of()).load(fixtures, FixtureConfig.class);

        assertThat(unit.load(fixtures, FixtureConfig.class)).isEqualTo(asShipped);
        assertThat(unit.load(write("")).kiosk().dataDirectory()).contains("/var/lib/ghelamco-alert");
    }

    @Test
    void anOverrideNoFileReadsIsNamed() {
        var withEnv = new ConfigLoader(
                Map.of("GHELAMCO__KIOSK__NAME", "Lobby", "GHELAMCO__KIOKS__NAME", "typo", "PATH", "/usr/bin"));

        assertThat(withEnv.overridesOutside(KioskConfig.class, FixtureConfig.class))
                .containsExactly("GHELAMCO__KIOKS__NAME");
    }

    private Path write(String yaml) throws Exception {
        var file = dir.resolve("kiosk.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
