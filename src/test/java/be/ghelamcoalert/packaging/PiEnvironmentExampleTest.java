package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.config.ConfigException;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.KioskConfig;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Pi's environment file example names only keys the configuration knows: a kiosk set up from
 * it must start. Every {@code GHELAMCO__...=} line counts, commented out or not.
 */
class PiEnvironmentExampleTest {
    private static final Path EXAMPLE = Path.of("packaging/pi/ghelamco-alert.env.example");
    private static final Path SHIPPED_CONFIG = Path.of("kiosk-config/kiosk.yaml");
    private static final Pattern SETTING = Pattern.compile("^#?\\s*(" + ConfigLoader.ENV_PREFIX + "\\w+)=(.*)$");

    /** Plausible values for the keys the example leaves empty (secrets). */
    private static final Map<String, String> VALUES_FOR_EMPTY_KEYS = Map.of("GHELAMCO__UI__ADMINPIN", "4711");

    @Test
    void everyKeyOfTheExampleIsASettingOfTheShippedConfiguration() throws IOException {
        var environment = exampleEnvironment();

        var config = new ConfigLoader(environment).load(SHIPPED_CONFIG);

        environment.forEach(
                (name, value) -> assertThat(settingOf(config, name)).as(name).isEqualTo(value));
    }

    @Test
    void theExampleCoversTheSecretsAndTheCloudConnection() throws IOException {
        assertThat(exampleEnvironment())
                .containsKeys(
                        "GHELAMCO__UI__ADMINPIN",
                        "GHELAMCO__IOT__ENDPOINT",
                        "GHELAMCO__IOT__THINGNAME",
                        "GHELAMCO__IOT__CERTIFICATE",
                        "GHELAMCO__IOT__PRIVATEKEY",
                        "GHELAMCO__IOT__CACERTIFICATE");
    }

    @Test
    void aKeyTheConfigurationDoesNotKnowStopsTheKiosk() throws IOException {
        var environment = new LinkedHashMap<>(exampleEnvironment());
        environment.put("GHELAMCO__IOT__CERTIFICATEFILE", "/etc/ghelamco-alert/iot/certificate.pem.crt");

        assertThatThrownBy(() -> new ConfigLoader(environment).load(SHIPPED_CONFIG))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("certificatefile")
                .hasMessageContaining("is not a known setting");
    }

    private static Map<String, String> exampleEnvironment() throws IOException {
        var environment = new LinkedHashMap<String, String>();
        for (String line : Files.readAllLines(EXAMPLE)) {
            var setting = SETTING.matcher(line.strip());
            if (setting.matches()) {
                var name = setting.group(1);
                var value = setting.group(2).strip();
                if (value.isEmpty()) {
                    value = VALUES_FOR_EMPTY_KEYS.get(name);
                    assertThat(value)
                            .as("a plausible value for " + name + " in this test")
                            .isNotNull();
                }
                environment.put(name, value);
            }
        }
        assertThat(environment).as("GHELAMCO__ lines in " + EXAMPLE).isNotEmpty();
        return environment;
    }

    /** The value the configuration holds for GHELAMCO__SECTION__KEY, as text. */
    private static String settingOf(KioskConfig config, String name) {
        Object node = config;
        for (String part : name.substring(ConfigLoader.ENV_PREFIX.length()).split("__")) {
            node = valueOf(node, part);
        }
        return String.valueOf(node);
    }

    private static Object valueOf(Object node, String envPart) {
        var component = Arrays.stream(node.getClass().getRecordComponents())
                .filter(c -> c.getName().equalsIgnoreCase(envPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        envPart + " is not a part of " + node.getClass().getSimpleName()));
        var value = read(component, node);
        return value instanceof Optional<?> optional ? optional.orElseThrow() : value;
    }

    private static Object read(RecordComponent component, Object node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + component, e);
        }
    }
}
