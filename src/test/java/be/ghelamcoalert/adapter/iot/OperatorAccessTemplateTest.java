package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kiosk-config/aws/operator-access.yaml}: a job template for every operation the kiosk
 * reads, with the published example as its document and the operator as {@code requestedBy}; an
 * operator role that may create jobs from those templates only and a lobby role limited to
 * snooze and confirm.
 */
class OperatorAccessTemplateTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    /** The examples' times are in December 2026. */
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static JsonNode template;
    /** Operation → the template's logical id. */
    static Map<String, String> templates = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        template =
                YAML.readTree(Path.of("kiosk-config/aws/operator-access.yaml").toFile());
        template.get("Resources").properties().forEach(resource -> {
            if (resource.getValue().get("Type").asText().equals("AWS::IoT::JobTemplate")) {
                var document = document(resource.getValue(), "jdoe");
                templates.put(document.get("operation").asText(), resource.getKey());
            }
        });
    }

    @Test
    void everyOperationHasOneTemplateWhoseDocumentIsItsExampleRequestedByTheOperator() throws Exception {
        assertThat(templates.keySet())
                .containsExactlyInAnyOrderElementsOf(JobDocumentReader.OPERATIONS.stream()
                        .map(be.ghelamcoalert.core.model.command.Operation::wireName)
                        .toList());
        var reader = new JobDocumentReader(Clock.fixed(NOW, ZONE), ZONE);
        for (var entry : templates.entrySet()) {
            var operation = entry.getKey();
            var resource = template.at("/Resources/" + entry.getValue());
            var document = document(resource, "jdoe");
            assertThat(resource.at("/Properties/JobTemplateId/Fn::Sub").asText())
                    .isEqualTo("ghelamco-alert-" + operation + "-${OperatorName}");

            assertThat(document.remove("requestedBy").asText()).as(operation).isEqualTo("jdoe");
            var example = (ObjectNode) JSON.readTree(
                    Path.of("kiosk-config/jobs", operation + ".example.json").toFile());
            example.remove("requestedBy");
            assertThat(document).as(operation + " is its published example").isEqualTo(example);

            var read = reader.read(document(resource, "jdoe").toString(), "job-1");
            assertThat(read)
                    .as(operation)
                    .isInstanceOfSatisfying(
                            Valid.class,
                            valid -> assertThat(valid.requestedBy()).contains("jdoe"));
        }
    }

    @Test
    void theOperatorMayCreateJobsFromEveryKioskTemplateAndNoOther() {
        var statements = statements("OperatorJobsPolicy");

        assertThat(templateArns(statement(statements, "CreateJobsFromTheKioskTemplates")))
                .containsExactlyInAnyOrderElementsOf(templates.values());
        assertOnlyTheseTemplatesAndTargets(statements);
        assertThat(actions(statement(statements, "FollowJobs")))
                .contains("iot:CancelJob")
                .doesNotContain("iot:CreateJob");
    }

    @Test
    void theLobbyMayOnlySnoozeAndConfirm() {
        var statements = statements("LobbyJobsPolicy");

        assertThat(templateArns(statement(statements, "CreateJobsFromTheKioskTemplates")))
                .containsExactlyInAnyOrder(templates.get("snooze"), templates.get("confirm"));
        assertOnlyTheseTemplatesAndTargets(statements);
        assertThat(actions(statement(statements, "FollowJobs"))).doesNotContain("iot:CancelJob", "iot:CreateJob");
    }

    @Test
    void bothRolesNeedMfaAndCarryTheirOwnPolicy() {
        for (var role : Map.of("OperatorRole", "OperatorJobsPolicy", "LobbyRole", "LobbyJobsPolicy")
                .entrySet()) {
            var properties = template.at("/Resources/" + role.getKey() + "/Properties");
            assertThat(properties
                            .at("/AssumeRolePolicyDocument/Statement/0/Condition/Bool/aws:MultiFactorAuthPresent")
                            .asText())
                    .isEqualTo("true");
            assertThat(properties.at("/ManagedPolicyArns/0/Ref").asText()).isEqualTo(role.getValue());
            assertThat(properties.get("ManagedPolicyArns")).hasSize(1);
            assertThat(properties.has("Policies")).isFalse();
        }
    }

    /**
     * CreateJob is allowed on the kiosks' targets and the given templates only, and denied for
     * any other resource a request names (another template, another target); templates cannot be
     * made, changed or deleted; nothing is allowed on every resource.
     */
    private static void assertOnlyTheseTemplatesAndTargets(JsonNode statements) {
        var allow = statement(statements, "CreateJobsFromTheKioskTemplates");
        var deny = statement(statements, "NoOtherTemplateOrTarget");
        assertThat(allow.get("Effect").asText()).isEqualTo("Allow");
        assertThat(allow.get("Action").asText()).isEqualTo("iot:CreateJob");
        assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("Action").asText()).isEqualTo("iot:CreateJob");
        assertThat(deny.get("NotResource")).isEqualTo(allow.get("Resource"));
        assertThat(subs(allow.get("Resource")))
                .containsExactlyInAnyOrder(
                        "arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:job/*",
                        "arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:thinggroup/${KioskThingGroup}",
                        "arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:thing/ghelamco-*");

        var noChanges = statement(statements, "NoTemplateChanges");
        assertThat(noChanges.get("Effect").asText()).isEqualTo("Deny");
        assertThat(actions(noChanges)).contains("iot:CreateJobTemplate", "iot:DeleteJobTemplate", "iot:UpdateJob");
        statements.forEach(s -> {
            if (s.get("Effect").asText().equals("Allow")) {
                assertThat(s.get("Resource").isArray())
                        .as(s.get("Sid").asText() + " names its resources")
                        .isTrue();
                assertThat(actions(s)).noneMatch(a -> a.contains("*"));
            }
        });
    }

    private static ObjectNode document(JsonNode resource, String operator) {
        try {
            var text = resource.at("/Properties/Document/Fn::Sub").asText().replace("${OperatorName}", operator);
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("a template's document is not JSON: " + resource, e);
        }
    }

    private static JsonNode statements(String policy) {
        return template.at("/Resources/" + policy + "/Properties/PolicyDocument/Statement");
    }

    private static JsonNode statement(JsonNode statements, String sid) {
        for (var s : statements) {
            if (s.path("Sid").asText().equals(sid)) {
                return s;
            }
        }
        throw new AssertionError("no statement " + sid);
    }

    private static List<String> templateArns(JsonNode statement) {
        var logicalIds = new ArrayList<String>();
        statement
                .get("Resource")
                .forEach(r -> Optional.ofNullable(r.get("Fn::GetAtt")).ifPresent(getAtt -> {
                    assertThat(getAtt.get(1).asText()).isEqualTo("Arn");
                    logicalIds.add(getAtt.get(0).asText());
                }));
        return logicalIds;
    }

    private static List<String> subs(JsonNode resources) {
        var subs = new ArrayList<String>();
        resources.forEach(r -> Optional.ofNullable(r.get("Fn::Sub")).ifPresent(s -> subs.add(s.asText())));
        return subs;
    }

    private static List<String> actions(JsonNode statement) {
        var actions = new ArrayList<String>();
        var action = statement.get("Action");
        if (action.isArray()) {
            action.forEach(a -> actions.add(a.asText()));
        } else {
            actions.add(action.asText());
        }
        return actions;
    }
}
