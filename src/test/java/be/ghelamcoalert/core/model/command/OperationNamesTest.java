package be.ghelamcoalert.core.model.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An operation's name is written once, in {@link Operation}: every other place takes it from
 * there. A screen's node id or button style that happens to read the same ({@code setId("light-test")},
 * {@code "big-button", "snooze"}) names a control, not an operation, and is allowed; so is the
 * word an operator types for a {@code remote} command ({@code @Command(name = "create-event")}),
 * the command line's own vocabulary ({@code remote refresh} sends {@code refresh-fixtures}).
 */
class OperationNamesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path THE_LIST = MAIN.resolve("be/ghelamcoalert/core/model/command/Operation.java");
    private static final Pattern CONTROL_NAME =
            Pattern.compile("(setId\\(|\"big-button\",|@Command\\(\\s*name\\s*=)\\s*$");

    @Test
    void noOperationNameIsWrittenOutsideTheOneList() throws IOException {
        assertThat(literalsOutsideTheList(MAIN)).isEmpty();
    }

    @Test
    void theScanFindsANameWrittenAgain(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        var source = dir.resolve("Copy.java");
        Files.writeString(source, """
                class Copy {
                    String snooze = "snooze";
                    void build(javafx.scene.Node node) { node.setId("light-test"); }
                }
                """);

        assertThat(literalsOutsideTheList(dir)).containsExactly(source + ":2 \"snooze\"");
    }

    @Test
    void everyNameIsDistinctAndWritten() {
        var names = Stream.of(Operation.values()).map(Operation::wireName).toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Stream.of(Operation.values()))
                .allMatch(o -> Operation.named(o.wireName()).orElseThrow() == o);
        assertThat(Operation.named("reboot")).isEmpty();
    }

    private static List<String> literalsOutsideTheList(Path root) throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(THE_LIST))
                    .sorted()
                    .toList()) {
                var text = Files.readString(file);
                for (var operation : Operation.values()) {
                    var literal = "\"" + operation.wireName() + "\"";
                    for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                        // What comes before, over line breaks: a formatter may put the name on its own line.
                        if (!CONTROL_NAME
                                .matcher(text.substring(Math.max(0, at - 80), at))
                                .find()) {
                            found.add(file + ":" + lineOf(text, at) + " " + literal);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long lineOf(String text, int offset) {
        return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
