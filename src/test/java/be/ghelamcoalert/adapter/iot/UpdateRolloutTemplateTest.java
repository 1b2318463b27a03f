package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The update job template ({@code aws iot create-job --cli-input-yaml}): only CreateJob's own
 * request fields, a slow start, an abort on failures, and a timeout longer than a kiosk's trial.
 */
class UpdateRolloutTemplateTest {
    private static final List<String> CREATE_JOB_FIELDS =
            List.of("description", "targetSelection", "jobExecutionsRolloutConfig", "abortConfig", "timeoutConfig");

    private final JsonNode template = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("kiosk-config/aws/update-rollout.yaml").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void holdsOnlyCreateJobRequestFields() {
        assertThat(names(template)).containsExactlyInAnyOrderElementsOf(CREATE_JOB_FIELDS);
        assertThat(template.path("targetSelection").asText()).isEqualTo("SNAPSHOT");
    }

    @Test
    void startsWithOneKioskAMinuteAndSpeedsUpOnlyOnSuccesses() {
        var rollout = template.path("jobExecutionsRolloutConfig");
        assertThat(rollout.path("exponentialRate").path("baseRatePerMinute").asInt())
                .isEqualTo(1);
        assertThat(names(rollout.path("exponentialRate").path("rateIncreaseCriteria")))
                .containsExactly("numberOfSucceededThings");
        assertThat(rollout.path("maximumPerMinute").asInt()).isBetween(1, 1000);
    }

    @Test
    void abortsOnRollbacksRefusalsAndTimeouts() {
        assertThat(template.path("abortConfig").path("criteriaList"))
                .extracting(c -> c.path("failureType").asText())
                .containsExactlyInAnyOrder("FAILED", "REJECTED", "TIMED_OUT");
        assertThat(template.path("abortConfig").path("criteriaList")).allSatisfy(c -> {
            assertThat(c.path("action").asText()).isEqualTo("CANCEL");
            assertThat(c.path("thresholdPercentage").asDouble()).isBetween(1.0, 50.0);
            assertThat(c.path("minNumberOfExecutedThings").asInt()).isPositive();
        });
    }

    @Test
    void givesAKioskLongerThanItsTrialToFinish() {
        assertThat(template.path("timeoutConfig")
                        .path("inProgressTimeoutInMinutes")
                        .asInt())
                .isGreaterThan((int) be.ghelamcoalert.config.UpdateConfig.DEFAULT_TRIAL_LIMIT.toMinutes() * 10);
    }
}
