package be.ghelamcoalert.adapter.iot.jobs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way a job document's bytes become JSON, on the kiosk and in {@code job validate}: UTF-8
 * only, one JSON value and nothing after it, no key twice in an object, objects and arrays at most
 * {@value #MAX_DEPTH} deep (a job document needs 2). Jackson's defaults already refuse comments,
 * single quotes, NaN and leading zeros.
 */
final class StrictJson {
    /** AWS IoT's limit for a job document. */
    static final int MAX_DOCUMENT_BYTES = 32 * 1024;

    static final int MAX_DEPTH = 4;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** @throws DocumentProblem when the bytes are not exactly one strict JSON value */
    JsonNode parse(byte[] raw) {
        if (raw.length > MAX_DOCUMENT_BYTES) {
            throw new DocumentProblem("", "the document is larger than " + MAX_DOCUMENT_BYTES / 1024 + " KB");
        }
        var text = utf8(raw);
        try {
            return mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new DocumentProblem(
                    "", "nests objects or arrays deeper than " + MAX_DEPTH + " levels (a job document needs 2)");
        } catch (MismatchedInputException e) {
            throw new DocumentProblem(
                    "", "has more after the JSON object" + at(e) + "; a job document is exactly one JSON object");
        } catch (JsonProcessingException e) {
            if (e.getProcessor() instanceof JsonParser parser
                    && e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new DocumentProblem(
                        dotted(parser.getParsingContext().pathAsPointer().toString()),
                        "appears twice in the same object" + at(e) + "; each field must appear once");
            }
            throw new DocumentProblem("", "is not valid JSON" + at(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentProblem("", "is not UTF-8 text");
        }
    }

    private static String at(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** {@code /nightMode/from} → {@code nightMode.from}. */
    private static String dotted(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
    }
}
