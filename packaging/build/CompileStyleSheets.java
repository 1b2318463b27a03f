import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.Stylesheet;

/**
 * Build step (Maven runs it after compiling, see pom.xml): writes each style sheet of the build
 * output as JavaFX's binary style sheet beside it ({@code theme.css} → {@code theme.bss}). JavaFX
 * loads the {@code .bss} of a {@code .css} it is asked for when there is one, as it does for its own
 * modena, so the kiosk does not load and run the CSS parser at every start. The {@code .css} stays
 * in the jar as the source and as the fallback ({@code -Dbinary.css=false}).
 * <pre>java -cp &lt;javafx-graphics&gt; packaging/build/CompileStyleSheets.java target/classes</pre>
 */
public final class CompileStyleSheets {
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompileStyleSheets <classes directory>");
        }
        List<Path> sheets;
        try (var files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(path -> path.getFileName().toString().endsWith(".css"))
                    .toList();
        }
        for (Path css : sheets) {
            var name = css.getFileName().toString();
            var bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
    }
}
