package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AWS side as code says what the device does: same topics, namespace, dimension and metric. */
class AwsTemplatesTest {
    final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void thePolicyOnlyGrantsTheThingItsOwnConnectionAndTopics() throws Exception {
        var statements = yaml.readTree(Path.of("kiosk-config/aws/ghelamco-alert-cloud.yaml").toFile())
                .at("/Resources/KioskPolicy/Properties/PolicyDocument/Statement");

        var resources = new ArrayList<String>();
        statements.forEach(s -> s.get("Resource").forEach(r -> resources.add(r.get("Fn::Sub").asText())));
        assertThat(resources).isNotEmpty().allSatisfy(r -> assertThat(r).contains("${!iot:Connection.Thing.ThingName}"));
        assertThat(statements).allSatisfy(s -> assertThat(s.get("Effect").asText()).isEqualTo("Allow"));
        assertThat(statements.get(0).get("Action").asText()).isEqualTo("iot:Connect");
        assertThat(statements.get(0).at("/Condition/Bool/iot:Connection.Thing.IsAttached").asText()).isEqualTo("true");
        assertThat(resources).anySatisfy(r -> assertThat(r).endsWith("topic/ghelamco-alert/${!iot:Connection.Thing.ThingName}/metrics"));
        assertThat(actions(statements)).containsExactlyInAnyOrder("iot:Connect", "iot:Publish", "iot:Subscribe", "iot:Receive");
    }

    @Test
    void theRuleReadsTheMetricsTopicAndTheAlarmWatchesTheAliveMetric() throws Exception {
        var cloud = yaml.readTree(Path.of("kiosk-config/aws/ghelamco-alert-cloud.yaml").toFile());
        var alarm = yaml.readTree(Path.of("kiosk-config/aws/kiosk-alarm.yaml").toFile()).at("/Resources/KioskSilentAlarm/Properties");

        assertThat(cloud.at("/Resources/MetricsRule/Properties/TopicRulePayload/Sql").asText())
                .isEqualTo("SELECT * FROM 'ghelamco-alert/+/metrics'");
        assertThat(alarm.get("Namespace").asText()).isEqualTo(EmfFormat.NAMESPACE);
        assertThat(alarm.get("MetricName").asText()).isEqualTo(EmfFormat.ALIVE);
        assertThat(alarm.at("/Dimensions/0/Name").asText()).isEqualTo(EmfFormat.DIMENSION);
        assertThat(alarm.get("Period").asInt() * alarm.get("EvaluationPeriods").asInt()).isEqualTo(180);
        assertThat(alarm.get("TreatMissingData").asText()).isEqualTo("breaching");
    }

    @Test
    void aPartUnhealthyForFifteenMinutesRaisesTheSecondAlarm() throws Exception {
        var alarm = yaml.readTree(Path.of("kiosk-config/aws/kiosk-alarm.yaml").toFile()).at("/Resources/KioskPartUnhealthyAlarm/Properties");

        assertThat(alarm.get("MetricName").asText()).isEqualTo(EmfFormat.UNHEALTHY_PARTS);
        assertThat(alarm.get("Statistic").asText()).as("unhealthy all through each period").isEqualTo("Minimum");
        assertThat(alarm.get("Period").asInt() * alarm.get("DatapointsToAlarm").asInt()).isEqualTo(900);
        assertThat(alarm.get("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        assertThat(alarm.get("Threshold").asInt()).isEqualTo(1);
    }

    private static List<String> actions(JsonNode statements) {
        var actions = new ArrayList<String>();
        statements.forEach(s -> actions.add(s.get("Action").asText()));
        return actions;
    }
}
