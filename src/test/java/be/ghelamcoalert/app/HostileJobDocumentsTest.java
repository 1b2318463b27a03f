package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.iot.jobs.StartNextAnswer;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.core.service.RemoteJobService.Request;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import be.ghelamcoalert.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile job documents, generated from the published examples ({@code kiosk-config/jobs}): each
 * example mutated one way (text after it, a key twice, control, format and bidi characters, 1.0,
 * deep nesting, huge strings, wrong types, times far away or in the DST overlap, truncated,
 * fields dropped, keys reordered). For every one: the reader throws nothing; the kiosk (the
 * document cut from a start-next payload) and {@code job validate} (the document as a file) give
 * the same verdict; what the mutation must break is refused naming the field; what it must not
 * break gives the same command as the example.
 */
@IntegrationTest
class HostileJobDocumentsTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    /** The examples' times are in December 2026. */
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static final String JOB_ID = "validate";
    static final int[] FORBIDDEN = {
        0x00, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0xad, 0x200b, 0x200e, 0x202a, 0x202e, 0x2028, 0x2029,
        0x2066, 0x2069, 0xfeff, 0x1d173
    };

    static final ObjectMapper JSON = new ObjectMapper();
    static final JobDocumentReader READER = new JobDocumentReader(Clock.fixed(NOW, ZONE), ZONE);
    static List<String> examples;
    static Path dir;

    enum Mutation {
        NONE,
        REORDERED,
        TRAILING_TEXT,
        SECOND_OBJECT,
        DUPLICATE_KEY,
        FORBIDDEN_CHARACTER,
        BLANK_TEXT,
        FLOAT_VERSION,
        DEEP_NESTING,
        HUGE_STRING,
        WRONG_TYPE,
        FAR_FUTURE,
        FAR_PAST,
        DST_SECOND,
        DST_FIRST,
        TRUNCATED,
        DROPPED_FIELD
    }

    /** A mutated document, and what the mutation must give: a refusal naming {@code field}, the example's command, or either. */
    record Case(Mutation mutation, String example, String document, Expect expect, String field) {
        @Override
        public String toString() {
            return mutation + " of " + example.replaceAll("\\s+", " ") + " → "
                    + (document.length() > 300 ? document.substring(0, 300) + "…" : document);
        }
    }

    enum Expect {
        INVALID,
        SAME_COMMAND,
        VALID,
        EITHER
    }

    @BeforeAll
    static void loadExamples() throws IOException {
        try (var files = Files.list(Path.of("kiosk-config/jobs"))) {
            examples = files.filter(p -> p.toString().endsWith(".example.json"))
                    .sorted()
                    .map(HostileJobDocumentsTest::text)
                    .toList();
        }
        dir = Files.createTempDirectory("hostile-jobs");
    }

    /** How many mutated documents one run judges; the seed makes every run judge the same ones. */
    static final int CASES = 1200;

    static final long SEED = 20261207L;

    @Test
    void deviceAndValidatorAgreeAndEveryMutationIsJudgedRight() throws IOException {
        var random = new Random(SEED);
        var mutations = Mutation.values();
        var judged = new java.util.EnumMap<Mutation, Integer>(Mutation.class);
        for (int i = 0; i < CASES; i++) {
            var c = mutate(
                    examples.get(random.nextInt(examples.size())),
                    mutations[random.nextInt(mutations.length)],
                    new Random(random.nextLong()));
            judge(c);
            judged.merge(c.mutation(), 1, Integer::sum);
        }
        assertThat(judged.keySet()).as("every mutation was tried").containsExactlyInAnyOrder(mutations);
    }

    private static void judge(Case c) throws IOException {
        var raw = c.document().getBytes(StandardCharsets.UTF_8);

        var kiosk = onTheKiosk(raw);
        var validator = validate(raw);

        assertThat(verdict(kiosk)).as(c.toString()).isEqualTo(validator);
        switch (c.expect()) {
            case INVALID -> {
                assertThat(kiosk).as(c.toString()).isInstanceOf(Invalid.class);
                assertThat(((Invalid) kiosk).field()).as(c.toString()).isEqualTo(c.field());
                assertThat(((Invalid) kiosk).reason()).as(c.toString()).isNotBlank();
            }
            case SAME_COMMAND ->
                assertThat(kiosk)
                        .as(c.toString())
                        .isEqualTo(READER.read(c.example(), JOB_ID))
                        .isInstanceOf(Valid.class);
            case VALID -> assertThat(kiosk).as(c.toString()).isInstanceOf(Valid.class);
            case EITHER -> assertThat(kiosk).as(c.toString()).isNotNull();
        }
    }

    /**
     * The document as the device gets it: inside the Jobs service's start-next answer, cut out
     * again. A text that is no JSON value on its own (cut short, or more after it) cannot be
     * created as a job (the service checks that a document is JSON), so no answer carries it:
     * the kiosk's reader then gets its bytes directly.
     */
    private static Request onTheKiosk(byte[] document) throws IOException {
        if (!isOneJsonValue(document)) {
            return READER.read(document, JOB_ID);
        }
        var before =
                "{\"clientToken\":\"t\",\"execution\":{\"jobId\":\"validate\",\"executionNumber\":1,\"jobDocument\":";
        var after = ",\"versionNumber\":2},\"timestamp\":1}";
        var payload = new java.io.ByteArrayOutputStream();
        payload.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        payload.writeBytes(document);
        payload.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        var execution = StartNextAnswer.read(payload.toByteArray());
        if (execution.isEmpty()) {
            throw new AssertionError("the start-next answer lost its execution");
        }
        return READER.read(execution.get().document(), execution.get().jobId());
    }

    private static boolean isOneJsonValue(byte[] document) {
        try {
            return !JSON.reader()
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(document)
                    .isMissingNode();
        } catch (IOException e) {
            return false;
        }
    }

    private static String validate(byte[] document) throws IOException {
        var file = Files.write(dir.resolve("job.json"), document);
        var out = new StringWriter();
        var cli = KioskCommandLine.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        cli.execute("job", "validate", "--now", NOW.toString(), file.toString());
        return out.toString().strip();
    }

    private static String verdict(Request request) {
        return switch (request) {
            case Valid valid -> "valid: " + valid.operation() + " " + valid.command();
            case Invalid invalid -> "invalid: " + invalid.message();
        };
    }

    static Case mutate(String example, Mutation mutation, Random random) {
        var document = tree(example);
        var fields = new ArrayList<String>();
        document.fieldNames().forEachRemaining(fields::add);
        var field = fields.get(random.nextInt(fields.size()));
        return switch (mutation) {
            case NONE -> new Case(mutation, example, example, Expect.SAME_COMMAND, "");
            case REORDERED -> {
                var reordered = JSON.createObjectNode();
                var shuffled = new ArrayList<>(fields);
                java.util.Collections.shuffle(shuffled, random);
                shuffled.forEach(name -> reordered.set(name, document.get(name)));
                yield new Case(
                        mutation,
                        example,
                        random.nextBoolean() ? reordered.toString() : reordered.toPrettyString(),
                        Expect.SAME_COMMAND,
                        "");
            }
            case TRAILING_TEXT ->
                new Case(
                        mutation,
                        example,
                        example.strip()
                                + List.of(" trailing", "}", " ,", " 1", " \"x\"", " null")
                                        .get(random.nextInt(6)),
                        Expect.INVALID,
                        "");
            case SECOND_OBJECT -> new Case(mutation, example, example + example, Expect.INVALID, "");
            case DUPLICATE_KEY -> {
                var text = example.strip();
                var copy = JSON.valueToTree(document.get(field)).toString();
                var twice = text.substring(0, text.length() - 1) + ", \"" + field + "\": " + copy + "}";
                yield new Case(mutation, example, twice, Expect.INVALID, field);
            }
            case FORBIDDEN_CHARACTER -> {
                var target = textField(document, random);
                var value = target.value();
                var at = random.nextInt(value.length() + 1);
                var character = new String(Character.toChars(FORBIDDEN[random.nextInt(FORBIDDEN.length)]));
                target.parent().put(target.name(), value.substring(0, at) + character + value.substring(at));
                yield new Case(mutation, example, document.toString(), Expect.INVALID, target.path());
            }
            case BLANK_TEXT -> {
                var target = textField(document, random);
                target.parent()
                        .put(
                                target.name(),
                                List.of("", " ", "\u00a0", "   \u3000").get(random.nextInt(4)));
                yield new Case(mutation, example, document.toString(), Expect.INVALID, target.path());
            }
            case FLOAT_VERSION -> {
                document.put("version", List.of(1.0, 1.5, 1e0, 0.99999).get(random.nextInt(4)));
                yield new Case(mutation, example, document.toString(), Expect.INVALID, "version");
            }
            case DEEP_NESTING -> {
                var depth = 4 + random.nextInt(2000);
                var text = example.strip();
                var deep = text.substring(0, text.length() - 1) + ", \"x\": " + "[".repeat(depth) + "]".repeat(depth)
                        + "}";
                yield new Case(mutation, example, deep, Expect.INVALID, "");
            }
            case HUGE_STRING -> {
                var target = textField(document, random);
                target.parent().put(target.name(), "x".repeat(121 + random.nextInt(40_000)));
                var tooLarge = document.toString().length() > JobDocumentReader.MAX_DOCUMENT_BYTES;
                yield new Case(mutation, example, document.toString(), Expect.INVALID, tooLarge ? "" : target.path());
            }
            case WRONG_TYPE -> {
                var original = document.get(field);
                JsonNode wrong = original.isTextual()
                        ? JSON.getNodeFactory().numberNode(random.nextInt(100))
                        : JSON.getNodeFactory().textNode(original.toString());
                document.set(
                        field,
                        random.nextBoolean() ? wrong : JSON.createArrayNode().add(original));
                yield new Case(mutation, example, document.toString(), Expect.INVALID, field);
            }
            case FAR_FUTURE, FAR_PAST -> {
                var times = timeFields(document);
                if (times.isEmpty()) {
                    yield new Case(mutation, example, example, Expect.SAME_COMMAND, "");
                }
                var target = times.get(random.nextInt(times.size()));
                document.put(
                        target,
                        mutation == Mutation.FAR_FUTURE
                                ? List.of("9999-12-31T20:00:00+01:00", "2028-12-01T12:00:00Z", "2100-01-01T00:00Z")
                                        .get(random.nextInt(3))
                                : List.of("1970-01-01T00:00:00Z", "2026-11-19T09:59:59Z", "0001-01-01T00:00Z")
                                        .get(random.nextInt(3)));
                yield new Case(mutation, example, document.toString(), Expect.INVALID, target);
            }
            case DST_SECOND, DST_FIRST -> {
                var times = timeFields(document);
                if (times.isEmpty()) {
                    yield new Case(mutation, example, example, Expect.SAME_COMMAND, "");
                }
                var target = times.getFirst();
                document.remove("end");
                document.put(
                        target,
                        mutation == Mutation.DST_SECOND ? "2027-10-31T02:30:00+01:00" : "2027-10-31T02:30:00+02:00");
                var wallTime = target.equals("start");
                yield new Case(
                        mutation,
                        example,
                        document.toString(),
                        mutation == Mutation.DST_SECOND && wallTime ? Expect.INVALID : Expect.VALID,
                        target);
            }
            case TRUNCATED -> {
                var end = example.lastIndexOf('}');
                yield new Case(mutation, example, example.substring(0, random.nextInt(end)), Expect.INVALID, "");
            }
            case DROPPED_FIELD -> {
                document.remove(field);
                // A mute without its reason would silence a match unexplained: always refused, naming the reason.
                var muteWithoutReason = field.equals("reason")
                        && document.path("operation").asText().equals("mute");
                yield new Case(
                        mutation,
                        example,
                        document.toString(),
                        muteWithoutReason ? Expect.INVALID : Expect.EITHER,
                        muteWithoutReason ? "reason" : "");
            }
        };
    }

    record TextField(ObjectNode parent, String name, String path) {
        String value() {
            return parent.get(name).textValue();
        }
    }

    /** A text value of the document, top-level or in the night mode. */
    private static TextField textField(ObjectNode document, Random random) {
        var found = new ArrayList<TextField>();
        document.properties().forEach(e -> {
            if (e.getValue().isTextual()) {
                found.add(new TextField(document, e.getKey(), e.getKey()));
            } else if (e.getValue().isObject()) {
                e.getValue().properties().forEach(inner -> {
                    if (inner.getValue().isTextual()) {
                        found.add(new TextField(
                                (ObjectNode) e.getValue(), inner.getKey(), e.getKey() + "." + inner.getKey()));
                    }
                });
            }
        });
        return found.get(random.nextInt(found.size()));
    }

    private static List<String> timeFields(ObjectNode document) {
        return List.of("start", "end", "dueAt").stream().filter(document::has).toList();
    }

    private static ObjectNode tree(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
