package be.ghelamcoalert.adapter.iot.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.command.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published job schemas ({@code kiosk-config/jobs}) follow the reader's list of operations,
 * which follows {@link Operation}: a schema and an example for each, none for anything else.
 */
class PublishedJobSchemasTest {
    private static final Path PUBLISHED = Path.of("kiosk-config/jobs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationAJobMayNameHasASchemaAndAnExampleOfItself() throws IOException {
        for (var operation : JobDocumentReader.OPERATIONS) {
            var schema = json(operation.wireName() + ".schema.json");
            var example = json(operation.wireName() + ".example.json");

            assertThat(schema.at("/properties/operation/const").asText())
                    .as(operation + " schema")
                    .isEqualTo(operation.wireName());
            assertThat(example.get("operation").asText())
                    .as(operation + " example")
                    .isEqualTo(operation.wireName());
            assertThat(JobDocumentReader.class.getResource(JobDocumentReader.schemaResource(operation)))
                    .as(operation + " in the jar")
                    .isNotNull();
        }
    }

    @Test
    void noSchemaIsPublishedForAnOperationNoJobMayName() throws IOException {
        try (Stream<Path> files = Files.list(PUBLISHED)) {
            var operations = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json") && !name.equals("job-document.schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .toList();

            assertThat(operations)
                    .containsExactlyInAnyOrderElementsOf(JobDocumentReader.OPERATIONS.stream()
                            .map(Operation::wireName)
                            .toList());
        }
    }

    @Test
    void theDocumentSchemaListsTheSameOperationsInTheSameOrder() throws IOException {
        var listed = new ArrayList<String>();
        json("job-document.schema.json").at("/properties/operation/enum").forEach(name -> listed.add(name.asText()));

        assertThat(listed)
                .containsExactlyElementsOf(JobDocumentReader.OPERATIONS.stream()
                        .map(Operation::wireName)
                        .toList());
    }

    @Test
    void onlyTheTouchScreensOwnOperationsAreLeftOut() {
        assertThat(Stream.of(Operation.values()).filter(o -> !JobDocumentReader.OPERATIONS.contains(o)))
                .containsExactly(Operation.REMOVE_ALERT, Operation.UNMUTE, Operation.DISMISS_NOTICE);
    }

    private static JsonNode json(String file) throws IOException {
        return JSON.readTree(PUBLISHED.resolve(file).toFile());
    }
}
