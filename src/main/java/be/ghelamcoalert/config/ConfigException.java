package be.ghelamcoalert.config;

import java.nio.file.Path;

/** A configuration that cannot be used: names the file, the key and what is wrong. */
public class ConfigException extends RuntimeException {
    private final Path file;
    private final String key;

    public ConfigException(Path file, String key, String problem) {
        super(file + ": " + (key.isEmpty() ? "" : "key '" + key + "': ") + problem);
        this.file = file;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    public String key() {
        return key;
    }
}
