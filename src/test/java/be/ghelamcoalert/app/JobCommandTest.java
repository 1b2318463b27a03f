package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ghelamco-alert job validate FILE}: the operator's check before sending a job. */
@IntegrationTest
class JobCommandTest {
    /** The published examples' times are in December 2026: checked as of when they were written. */
    static final Instant EXAMPLES_WRITTEN = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    static Stream<Path> publishedExamples() throws IOException {
        return Files.list(Path.of("kiosk-config/jobs"))
                .filter(p -> p.toString().endsWith(".example.json"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("publishedExamples")
    void everyPublishedExampleIsValid(Path example) {
        var result = run("job", "validate", "--now", EXAMPLES_WRITTEN.toString(), example.toString());

        assertThat(result.exit()).as(result.out()).isZero();
        var operation = example.getFileName().toString().replace(".example.json", "");
        assertThat(result.out()).startsWith("valid: " + operation);
    }

    @Test
    void anInvalidDocumentPrintsTheFieldAndTheReasonAndExitsOne() throws IOException {
        var file = dir.resolve("snooze.json");
        Files.writeString(file, """
                {"version": 1, "operation": "snooze", "eventId": "x", "duration": "15 minutes"}""");

        var result = run("job", "validate", file.toString());

        assertThat(result.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out())
                .startsWith("invalid: duration: ")
                .contains("is not in the expected form: ISO-8601 duration");
    }

    @Test
    void badJsonIsInvalidWithItsPosition() throws IOException {
        var file = dir.resolve("broken.json");
        Files.writeString(file, "{\"version\": 1, \"operation\": \"confirm\",\n \"eventId\": }");

        var result = run("job", "validate", file.toString());

        assertThat(result.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out()).startsWith("invalid: is not valid JSON at line 2");
    }

    @Test
    void aMissingFileIsInvalid() {
        var result = run("job", "validate", dir.resolve("nope.json").toString());

        assertThat(result.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out()).contains("cannot read").contains("nope.json");
    }

    record Result(int exit, String out) {}

    private static Result run(String... args) {
        var out = new StringWriter();
        var cli = KioskCommandLine.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int exit = cli.execute(args);
        return new Result(exit, out.toString());
    }
}
