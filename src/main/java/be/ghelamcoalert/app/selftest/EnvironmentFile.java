package be.ghelamcoalert.app.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kiosk's environment file as systemd reads it ({@code EnvironmentFile=}): {@code KEY=value}
 * lines, {@code #} and {@code ;} comments, a value optionally in double or single quotes.
 */
final class EnvironmentFile {
    private EnvironmentFile() {}

    /** The variables of {@code file}, in file order. */
    static Map<String, String> read(Path file) throws IOException {
        var variables = new LinkedHashMap<String, String>();
        int number = 0;
        for (var raw : Files.readAllLines(file)) {
            number++;
            var line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            int at = line.indexOf('=');
            if (at <= 0) {
                throw new IOException(file + " line " + number + " is not KEY=value: " + line);
            }
            variables.put(
                    line.substring(0, at).strip(),
                    unquote(line.substring(at + 1).strip()));
        }
        return variables;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() > 1
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
