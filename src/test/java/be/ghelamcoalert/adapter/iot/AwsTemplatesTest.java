package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.core.model.MetricNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet stack as code says what the device does: same topics, namespace, dimension and metrics. */
class AwsTemplatesTest {
    final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    final ObjectMapper json = new ObjectMapper();
    final IotSettings kiosk = new IotSettings(
            "example-ats.iot.eu-west-1.amazonaws.com",
            8883,
            "lobby",
            "cert.pem",
            "key.pem",
            Optional.empty(),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    JsonNode stack;

    @BeforeEach
    void read() throws Exception {
        stack = yaml.readTree(
                Path.of("kiosk-config/aws/ghelamco-alert-cloud.yaml").toFile());
    }

    @Test
    void thePolicyOnlyGrantsTheThingItsOwnConnectionAndTopics() {
        var statements = stack.at("/Resources/KioskPolicy/Properties/PolicyDocument/Statement");

        var resources = new ArrayList<String>();
        statements.forEach(s ->
                s.get("Resource").forEach(r -> resources.add(r.get("Fn::Sub").asText())));
        assertThat(resources)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).contains("${!iot:Connection.Thing.ThingName}"));
        assertThat(statements)
                .allSatisfy(s -> assertThat(s.get("Effect").asText()).isEqualTo("Allow"));
        assertThat(statements.get(0).get("Action").asText()).isEqualTo("iot:Connect");
        assertThat(statements
                        .get(0)
                        .at("/Condition/Bool/iot:Connection.Thing.IsAttached")
                        .asText())
                .isEqualTo("true");
        assertThat(actions(statements))
                .containsExactlyInAnyOrder("iot:Connect", "iot:Publish", "iot:Subscribe", "iot:Receive");
    }

    @Test
    void thePolicyLetsTheKioskUseEveryTopicItPublishesOn() {
        var published = allowed("iot:Publish");
        var own = "${!iot:Connection.Thing.ThingName}";

        assertThat(published)
                .anySatisfy(r ->
                        assertThat(r).endsWith("topic/" + kiosk.metricsTopic().replace("lobby", own)))
                .anySatisfy(r ->
                        assertThat(r).endsWith("topic/" + kiosk.alarmsTopic().replace("lobby", own)))
                .anySatisfy(r -> assertThat(r)
                        .endsWith(
                                "topic/$aws/things/" + own + "/shadow/name/" + IotDevice.SCHEDULE_SHADOW + "/update"));
        assertThat(allowed("iot:Subscribe"))
                .anySatisfy(r -> assertThat(r)
                        .endsWith("topicfilter/$aws/things/" + own + "/shadow/name/" + IotDevice.SCHEDULE_SHADOW
                                + "/update/*"));
        assertThat(allowed("iot:Receive"))
                .anySatisfy(r -> assertThat(r)
                        .endsWith("topic/$aws/things/" + own + "/shadow/name/" + IotDevice.SCHEDULE_SHADOW
                                + "/update/*"));
    }

    @Test
    void theMetricsRuleTakesTheThingNameFromTheTopicNotThePayload() {
        var sql = stack.at("/Resources/MetricsRule/Properties/TopicRulePayload/Sql")
                .asText();

        assertThat(sql).isEqualTo("SELECT *, topic(2) AS " + EmfFormat.DIMENSION + " FROM 'ghelamco-alert/+/metrics'");
        assertThat(topicOf(sql).replace("+", "lobby")).isEqualTo(kiosk.metricsTopic());
    }

    @Test
    void everyKioskGetsASilentAndAPartUnhealthyAlarmOnItsOwnDimension() {
        var forEach = stack.at("/Resources/Fn::ForEach::KioskAlarms");
        assertThat(stack.get("Transform").asText()).isEqualTo("AWS::LanguageExtensions");
        assertThat(forEach.get(0).asText()).isEqualTo("ThingName");
        assertThat(forEach.get(1).at("/Ref").asText()).isEqualTo("KioskThingNames");
        assertThat(stack.at("/Parameters/KioskThingNames/Type").asText()).isEqualTo("CommaDelimitedList");

        var silent = forEach.get(2).at("/KioskSilentAlarm&{ThingName}/Properties");
        assertThat(silent.get("Namespace").asText()).isEqualTo(EmfFormat.NAMESPACE);
        assertThat(silent.get("MetricName").asText()).isEqualTo(EmfFormat.ALIVE);
        assertThat(silent.at("/Dimensions/0/Name").asText()).isEqualTo(EmfFormat.DIMENSION);
        assertThat(silent.at("/Dimensions/0/Value/Ref").asText()).isEqualTo("ThingName");
        assertThat(silent.get("Period").asInt()
                        * silent.get("EvaluationPeriods").asInt())
                .isEqualTo(180);
        assertThat(silent.get("TreatMissingData").asText()).isEqualTo("breaching");
        assertThat(silent.at("/AlarmActions/0/Ref").asText()).isEqualTo("AlarmTopic");

        var unhealthy = forEach.get(2).at("/KioskPartUnhealthyAlarm&{ThingName}/Properties");
        assertThat(unhealthy.get("MetricName").asText()).isEqualTo(EmfFormat.UNHEALTHY_PARTS);
        assertThat(unhealthy.get("Statistic").asText())
                .as("unhealthy all through each period")
                .isEqualTo("Minimum");
        assertThat(unhealthy.get("Period").asInt()
                        * unhealthy.get("DatapointsToAlarm").asInt())
                .isEqualTo(900);
        assertThat(unhealthy.get("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        assertThat(unhealthy.get("Threshold").asInt()).isEqualTo(1);
        assertThat(unhealthy.at("/Dimensions/0/Value/Ref").asText()).isEqualTo("ThingName");
    }

    @Test
    void theAlarmMessagesGoToTheirTopicByMailAndWhereGivenBySms() {
        var rule = stack.at("/Resources/AlarmsRule/Properties/TopicRulePayload");
        var sql = rule.get("Sql").asText();

        assertThat(topicOf(sql).replace("+", "lobby")).isEqualTo(kiosk.alarmsTopic());
        assertThat(sql).startsWith("SELECT VALUE message FROM").endsWith("WHERE thing = topic(2)");
        assertThat(rule.at("/Actions/0/Sns/TargetArn/Ref").asText()).isEqualTo("LightAlarmsTopic");
        assertThat(rule.at("/Actions/0/Sns/MessageFormat").asText()).isEqualTo("RAW");
        assertThat(stack.at("/Resources/AlarmsRuleRole/Properties/Policies/0/PolicyDocument/Statement/0/Resource/0/Ref")
                        .asText())
                .isEqualTo("LightAlarmsTopic");
        assertThat(stack.at("/Resources/LightAlarmsTopic/Properties/Subscription/0/Protocol")
                        .asText())
                .isEqualTo("email");
        assertThat(stack.at("/Resources/LightAlarmsSms/Properties/Protocol").asText())
                .isEqualTo("sms");
        assertThat(stack.at("/Resources/LightAlarmsSms/Condition").asText()).isEqualTo("LightAlarmsBySms");
    }

    @Test
    void theDashboardShowsTheFleetFromTheMetricsTheKiosksSend() throws Exception {
        var body = json.readTree(stack.at("/Resources/FleetDashboard/Properties/DashboardBody/Fn::Sub")
                .asText());

        var titles = new ArrayList<String>();
        var expressions = new ArrayList<String>();
        body.get("widgets").forEach(widget -> {
            titles.add(widget.at("/properties/title").asText());
            widget.at("/properties/metrics")
                    .forEach(line ->
                            expressions.add(line.get(0).get("expression").asText()));
        });
        assertThat(titles)
                .containsExactly(
                        "Online kiosks",
                        "Light-on minutes",
                        "Snoozes and confirmations",
                        "Import health",
                        "Job outcomes");
        var metrics = new ArrayList<String>();
        var name = Pattern.compile("\\{" + EmfFormat.NAMESPACE + "," + EmfFormat.DIMENSION + "} MetricName=\"(\\w+)\"");
        expressions.forEach(e -> name.matcher(e).results().forEach(m -> metrics.add(m.group(1))));
        assertThat(metrics)
                .hasSameSizeAs(expressions)
                .containsExactly(
                        EmfFormat.ALIVE,
                        MetricNames.RELAY_ON_SECONDS,
                        MetricNames.SNOOZES,
                        MetricNames.CONFIRMATIONS,
                        MetricNames.IMPORTS_OK,
                        MetricNames.IMPORTS_FAILED,
                        MetricNames.IMPORTS_QUARANTINED,
                        MetricNames.JOBS_SUCCEEDED,
                        MetricNames.JOBS_REJECTED,
                        MetricNames.JOBS_FAILED);
    }

    private static String topicOf(String sql) {
        var matcher = Pattern.compile("FROM '([^']+)'").matcher(sql);
        assertThat(matcher.find()).as("a topic in " + sql).isTrue();
        return matcher.group(1);
    }

    /** The resources the kiosk policy allows {@code action} on. */
    private List<String> allowed(String action) {
        var resources = new ArrayList<String>();
        stack.at("/Resources/KioskPolicy/Properties/PolicyDocument/Statement").forEach(statement -> {
            if (statement.get("Action").asText().equals(action)) {
                statement
                        .get("Resource")
                        .forEach(r -> resources.add(r.get("Fn::Sub").asText()));
            }
        });
        return resources;
    }

    private static List<String> actions(JsonNode statements) {
        var actions = new ArrayList<String>();
        statements.forEach(s -> actions.add(s.get("Action").asText()));
        return actions;
    }
}
