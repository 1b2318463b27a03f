package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
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
    /** Published once a minute while online; the "kiosk silent" alarm watches it. */
    static final String ALIVE = "Alive";
    private static final List<String> ALWAYS = List.of(MetricNames.HEARTBEATS, MetricNames.CLOUD_ONLINE_SECONDS,
            MetricNames.SNOOZES, MetricNames.CONFIRMATIONS, MetricNames.ALERT_EDITS, MetricNames.EVENTS_CREATED,
            MetricNames.JOBS_SUCCEEDED, MetricNames.JOBS_REJECTED, MetricNames.JOBS_FAILED, MetricNames.IMPORTS_OK,
            MetricNames.IMPORTS_FAILED, MetricNames.IMPORTS_QUARANTINED, MetricNames.RELAY_SWITCHES,
            MetricNames.RELAY_ON_SECONDS, MetricNames.RELAY_FAILURES);

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

    String alive(Instant at) {
        var values = new TreeMap<String, Double>();
        values.put(ALIVE, 1.0);
        return event(at, values).toString();
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
