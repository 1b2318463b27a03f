package be.ghelamcoalert.ui.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/** The screen's resource bundles as files, for tests that check every code has its texts. */
final class Bundles {
    /** The Dutch (default) and the English bundle. */
    static final String[] BOTH = {"messages.properties", "messages_en.properties"};

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private Bundles() {}

    /** How many arguments a template uses: its highest {n} plus one. */
    static int arguments(String template) {
        return PLACEHOLDER
                .matcher(template)
                .results()
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1)
                .max()
                .orElse(0);
    }

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = Bundles.class.getResourceAsStream("/be/ghelamcoalert/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
