package be.ghelamcoalert.adapter.iot.jobs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the Jobs service's answer to start-next ({@code $aws/things/<thing>/jobs/start-next/accepted})
 * from its raw bytes with a streaming parser: the execution's id and number, and the byte range of
 * its {@code jobDocument}, cut out untouched. The envelope is the service's and is read leniently
 * (any depth, any order); the document is judged later, strictly, by {@link JobDocumentReader}.
 */
public final class StartNextAnswer {
    private static final JsonFactory ENVELOPE = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .build())
            .build();

    private StartNextAnswer() {}

    /**
     * @return the execution offered, or empty when there is none pending
     * @throws IOException when the answer is no JSON object, or its execution has no job id
     */
    public static Optional<PendingExecution> read(byte[] payload) throws IOException {
        try (var parser = ENVELOPE.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the start-next answer is not a JSON object");
            }
            Optional<PendingExecution> execution = Optional.empty();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT && "execution".equals(name)) {
                    execution = Optional.of(execution(parser, payload));
                } else {
                    parser.skipChildren();
                }
            }
            return execution;
        }
    }

    private static PendingExecution execution(JsonParser parser, byte[] payload) throws IOException {
        String jobId = null;
        long number = 1;
        byte[] document = new byte[0];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            var name = parser.currentName();
            var token = parser.nextToken();
            switch (name) {
                case "jobId" -> jobId = token == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "executionNumber" -> number = token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : number;
                case "jobDocument" -> document = span(parser, payload);
                default -> parser.skipChildren();
            }
        }
        if (jobId == null || jobId.isEmpty()) {
            throw new IOException("the start-next answer offers an execution without a job id");
        }
        return new PendingExecution(jobId, number, document);
    }

    /** The value's own bytes, from its first to its last character. */
    private static byte[] span(JsonParser parser, byte[] payload) throws IOException {
        var start = parser.currentTokenLocation().getByteOffset();
        if (parser.currentToken().isScalarValue()) {
            parser.finishToken();
        } else {
            parser.skipChildren();
        }
        var end = parser.currentLocation().getByteOffset();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return new byte[0];
        }
        return Arrays.copyOfRange(payload, Math.toIntExact(start), Math.toIntExact(end));
    }
}
