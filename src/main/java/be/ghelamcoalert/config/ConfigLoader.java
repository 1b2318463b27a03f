package be.ghelamcoalert.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the YAML configuration, applies environment overrides and binds it to immutable records.
 *
 * <p>An override is an environment variable {@code GHELAMCO__SECTION__KEY=value} (double
 * underscores between path parts, case-insensitive), e.g. {@code GHELAMCO__KIOSK__DATADIRECTORY}.
 * It applies only to a file whose record has that section: {@code kiosk.yaml} and
 * {@code fixtures.yaml} share one environment, and {@code GHELAMCO__KIOSK__...} means nothing in
 * {@code fixtures.yaml}. {@link #overridesOutside} names the overrides no file takes (a typo).
 */
public final class ConfigLoader {
    public static final String ENV_PREFIX = "GHELAMCO__";

    private final ObjectMapper yaml = mapper(new ObjectMapper(new YAMLFactory()));
    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /** A mapper that binds records strictly: unknown keys are errors, java.time and Optional work. */
    public static ObjectMapper mapper(ObjectMapper base) {
        return base.registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    public KioskConfig load(Path file) {
        return load(file, KioskConfig.class);
    }

    /** Loads any configuration record type from a YAML file, with the same rules and errors. */
    public <T> T load(Path file, Class<T> type) {
        JsonNode tree;
        try {
            tree = yaml.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, "", "the file does not exist");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "", "is not valid YAML: " + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw new ConfigException(file, "", "cannot be read: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = JsonNodeFactory.instance.objectNode();
        }
        if (!tree.isObject()) {
            throw new ConfigException(file, "", "must be a YAML mapping of sections");
        }
        applyOverrides((ObjectNode) tree, type);
        try {
            return yaml.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(
                    file,
                    pathOf(e),
                    "is not a known setting; known here: "
                            + e.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            var cause = rootCause(e);
            var problem = cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException
                    ? cause.getMessage()
                    : e.getOriginalMessage();
            throw new ConfigException(file, pathOf(e), problem);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "", e.getOriginalMessage());
        }
    }

    /**
     * The override variables whose section none of {@code types} has: set in the environment, but
     * no configuration file reads them.
     */
    public java.util.List<String> overridesOutside(Class<?>... types) {
        return overrides()
                .filter(e -> Arrays.stream(types).noneMatch(type -> namesSectionOf(type, e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private java.util.stream.Stream<Map.Entry<String, String>> overrides() {
        return environment.entrySet().stream()
                .filter(e -> e.getKey().toUpperCase(Locale.ROOT).startsWith(ENV_PREFIX))
                .sorted(Map.Entry.comparingByKey());
    }

    private static boolean namesSectionOf(Class<?> type, String variable) {
        var section = variable.substring(ENV_PREFIX.length()).split("__")[0];
        return component(type, section).isPresent();
    }

    private void applyOverrides(ObjectNode root, Class<?> type) {
        overrides().filter(e -> namesSectionOf(type, e.getKey())).forEach(e -> {
            var parts = e.getKey().substring(ENV_PREFIX.length()).split("__");
            ObjectNode node = root;
            Class<?> nodeType = type;
            for (int i = 0; i < parts.length; i++) {
                var component = component(nodeType, parts[i]);
                var name = component.map(RecordComponent::getName).orElse(parts[i].toLowerCase(Locale.ROOT));
                if (i == parts.length - 1) {
                    node.put(name, e.getValue());
                } else {
                    var child = node.get(name);
                    node = child instanceof ObjectNode object ? object : node.putObject(name);
                    nodeType =
                            component.<Class<?>>map(ConfigLoader::sectionType).orElse(Object.class);
                }
            }
        });
    }

    /** Environment names are upper case: find the record component they mean. */
    private static Optional<RecordComponent> component(Class<?> type, String envName) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equalsIgnoreCase(envName))
                .findFirst();
    }

    /** The record type of a section, also of an optional one ({@code Optional<IotSettings> iot}). */
    private static Class<?> sectionType(RecordComponent component) {
        if (component.getType() == Optional.class
                && component.getGenericType() instanceof java.lang.reflect.ParameterizedType optional
                && optional.getActualTypeArguments()[0] instanceof Class<?> section) {
            return section;
        }
        return component.getType();
    }

    private static Throwable rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String locationOf(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
