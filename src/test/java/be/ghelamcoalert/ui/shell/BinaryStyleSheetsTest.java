package be.ghelamcoalert.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.net.URI;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes every style sheet also as a binary style sheet beside it
 * (packaging/build/CompileStyleSheets.java), which JavaFX loads in its place: each must hold
 * exactly the rules of its source, so no edit of a {@code .css} is lost to a stale {@code .bss}.
 */
@IntegrationTest
class BinaryStyleSheetsTest {
    @Test
    void everyStyleSheetOfTheShellHasABinaryTwinWithTheSameRules() throws Exception {
        assertThat(KioskShell.stylesheets()).isNotEmpty();
        for (String css : KioskShell.stylesheets()) {
            var bss = URI.create(css.substring(0, css.length() - ".css".length()) + ".bss")
                    .toURL();

            var parsed = new CssParser().parse(URI.create(css).toURL());
            var binary = Stylesheet.loadBinary(bss);

            assertThat(binary).as("binary style sheet beside %s", css).isNotNull();
            assertThat(binary.getRules()).as(css).isNotEmpty();
            assertThat(written(binary)).as(css).isEqualTo(written(parsed));
        }
    }

    /** Each rule as its selectors and declarations, values included. */
    private static List<String> written(Stylesheet sheet) {
        return sheet.getRules().stream()
                .map(rule -> rule.getSelectors() + " "
                        + rule.getDeclarations().stream()
                                .map(d -> d.getProperty() + ": " + d.getParsedValue()
                                        + (d.isImportant() ? " !important" : ""))
                                .toList())
                .toList();
    }
}
