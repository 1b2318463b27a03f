package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.model.PartHealth;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * CloudWatch Embedded Metric Format: one JSON log event per metric window, which CloudWatch Logs
 * turns into metrics in the {@value #NAMESPACE} namespace, per thing.
 */
final class EmfFormat {
    static final String NAMESPACE = "GhelamcoAlert";
    static final String DIMENSION = "ThingName";
    /** Published once a minute while online and the kernel is healthy; the "kiosk silent" alarm watches it. */
    static final String ALIVE = "Alive";
    /** Published with every health datapoint: how many parts are not healthy; the "part unhealthy" alarm watches it. */
    static final String UNHEALTHY_PARTS = "UnhealthyParts";

    private static final List<String> ALWAYS = List.of(
            MetricNames.HEARTBEATS,
            MetricNames.CLOUD_ONLINE_SECONDS,
            MetricNames.SNOOZES,
            MetricNames.CONFIRMATIONS,
            MetricNames.ALERT_EDITS,
            MetricNames.EVENTS_CREATED,
            MetricNames.JOBS_SUCCEEDED,
            MetricNames.JOBS_REJECTED,
            MetricNames.JOBS_FAILED,
            MetricNames.IMPORTS_OK,
            MetricNames.IMPORTS_FAILED,
            MetricNames.IMPORTS_QUARANTINED,
            MetricNames.RELAY_SWITCHES,
            MetricNames.RELAY_ON_SECONDS,
            MetricNames.RELAY_FAILURES);

    private final ObjectMapper json = new ObjectMapper();
    private final String thingName;

    EmfFormat(String thingName) {
        this.thingName = thingName;
    }

    String window(long sequence, MetricWindow window) {
        var values = new TreeMap<String, Double>();
        ALWAYS.forEach(name -> values.put(name, 0.0));
        values.putAll(window.values());
        var event = event(window.start(), values);
        event.put("Sequence", sequence);
        event.put("WindowStart", window.start().toString());
        event.put("WindowSeconds", window.length().toSeconds());
        return event.toString();
    }

    /**
     * The minute's health datapoint: {@value #ALIVE} only while the kernel (alarm, store, relay,
     * clock) works, {@value #UNHEALTHY_PARTS} always, and each part's state and reason as plain
     * properties, for CloudWatch Logs Insights.
     */
    String health(Instant at, List<PartHealth> parts) {
        var values = new TreeMap<String, Double>();
        boolean kernelWorks =
                parts.stream().filter(p -> p.part().kernel()).allMatch(p -> p.state() == PartHealth.State.RUNNING);
        if (kernelWorks) {
            values.put(ALIVE, 1.0);
        }
        values.put(UNHEALTHY_PARTS, (double)
                parts.stream().filter(p -> !p.healthy()).count());
        var event = event(at, values);
        var health = event.putObject("Health");
        parts.forEach(p -> health.put(p.part().key(), p.state() + (p.reason().isEmpty() ? "" : ": " + p.reason())));
        return event.toString();
    }

    private ObjectNode event(Instant timestamp, TreeMap<String, Double> values) {
        var root = json.createObjectNode();
        var aws = root.putObject("_aws");
        aws.put("Timestamp", timestamp.toEpochMilli());
        var directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add(DIMENSION);
        var metrics = directive.putArray("Metrics");
        values.keySet().forEach(name -> metrics.addObject().put("Name", name).put("Unit", unitOf(name)));
        root.put(DIMENSION, thingName);
        values.forEach(root::put);
        return root;
    }

    private static String unitOf(String name) {
        return name.endsWith("Seconds") ? "Seconds" : "Count";
    }
}
