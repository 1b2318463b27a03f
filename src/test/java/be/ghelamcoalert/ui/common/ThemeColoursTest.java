package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every colour of the screen is named once, in the palette at the top of the theme
 * ({@code .root} in {@code common/theme.css}), and every style sheet uses the names: a colour
 * written out anywhere else, a name used but never defined, or two names for one colour fails here.
 */
class ThemeColoursTest {
    private static final Path STYLES = Path.of("src/main/resources/be/ghelamcoalert/ui");
    private static final Path THEME = STYLES.resolve("common/theme.css");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
    private static final Pattern PALETTE = Pattern.compile("(?s)\\.root \\{(.*?)}");
    private static final Pattern DEFINITION = Pattern.compile("(-color-[a-z0-9-]+):\\s*([^;]+);");
    private static final Pattern NAME = Pattern.compile("-color-[a-z0-9-]+");

    @Test
    void noColourIsWrittenOutsideThePalette() throws IOException {
        assertThat(styleSheets()).hasSizeGreaterThan(5);
        var found = new ArrayList<String>();
        for (var sheet : styleSheets()) {
            found.addAll(hexOutsideThePalette(sheet.toString(), Files.readString(sheet)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsAColourWrittenOut() {
        var css = ".root { -color-text: #e6edf5; }\n.label { -fx-text-fill: #9fb0c3; }\n";

        assertThat(hexOutsideThePalette("sample.css", css)).containsExactly("sample.css: #9fb0c3");
    }

    @Test
    void everyColourHasOneNameAndEveryNameIsUsedAndDefined() throws IOException {
        var palette = palette();
        assertThat(palette).hasSizeGreaterThan(20);
        assertThat(palette.values()).as("one name per colour").doesNotHaveDuplicates();

        var used = new TreeSet<String>();
        for (var sheet : styleSheets()) {
            var css = Files.readString(sheet);
            if (sheet.equals(THEME)) {
                css = PALETTE.matcher(css).replaceFirst("");
            }
            NAME.matcher(withoutComments(css)).results().forEach(m -> used.add(m.group()));
        }
        assertThat(palette.keySet()).as("defined and used").containsExactlyInAnyOrderElementsOf(used);
    }

    private static List<String> hexOutsideThePalette(String name, String css) {
        var outside = PALETTE.matcher(withoutComments(css)).replaceFirst("");
        return HEX.matcher(outside).results().map(m -> name + ": " + m.group()).toList();
    }

    /** The palette's names and colours, in their order. */
    private static Map<String, String> palette() throws IOException {
        var block = PALETTE.matcher(withoutComments(Files.readString(THEME)));
        assertThat(block.find())
                .as("the theme starts with its palette on .root")
                .isTrue();
        var palette = new LinkedHashMap<String, String>();
        DEFINITION
                .matcher(block.group(1))
                .results()
                .forEach(m -> assertThat(
                                palette.put(m.group(1), m.group(2).strip().toLowerCase()))
                        .as(m.group(1) + " once")
                        .isNull());
        return palette;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static List<Path> styleSheets() throws IOException {
        try (Stream<Path> files = Files.walk(STYLES)) {
            return files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
    }
}
