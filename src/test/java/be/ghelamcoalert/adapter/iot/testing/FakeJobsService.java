package be.ghelamcoalert.adapter.iot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the AWS IoT Jobs service (and the classic and named shadows), speaking the Jobs MQTT API as
 * AWS documents it: {@code $aws/things/<thing>/jobs/start-next}, {@code .../jobs/get},
 * {@code .../jobs/<jobId>/update} with {@code /accepted} and {@code /rejected} answers carrying the
 * request's clientToken, and {@code .../jobs/notify-next} whenever the next execution changes.
 * Executions move QUEUED → IN_PROGRESS → a final status; an update of a final execution is
 * rejected with InvalidStateTransition. Its state lives here, so it survives broker restarts.
 */
public final class FakeJobsService implements AutoCloseable {
    private static final List<String> FINAL =
            List.of("SUCCEEDED", "FAILED", "REJECTED", "CANCELED", "REMOVED", "TIMED_OUT");

    /** One job execution for one thing. */
    public static final class Execution {
        final String jobId;
        final long number;
        /** The document's text exactly as given, spliced into the service's answers byte for byte. */
        final String document;

        final Instant queuedAt;
        volatile String status = "QUEUED";
        volatile JsonNode statusDetails;
        volatile int version = 1;

        Execution(String jobId, long number, String document, Instant queuedAt) {
            this.jobId = jobId;
            this.number = number;
            this.document = document;
            this.queuedAt = queuedAt;
        }

        public String status() {
            return status;
        }

        public Optional<String> detail(String key) {
            return Optional.ofNullable(statusDetails).map(d -> d.get(key)).map(JsonNode::asText);
        }
    }

    /** A status update as the device sent it, answered or not. */
    public record Update(String jobId, String status, JsonNode details, boolean answered, long nanoTime) {}

    private static final String DOCUMENT_MARK = "document-of:";
    private final ObjectMapper json = new ObjectMapper();
    private final String thing;
    private final Map<String, Execution> executions = new LinkedHashMap<>();
    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private final List<JsonNode> shadowReports = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> namedShadowReports = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger startNextRequests = new AtomicInteger();
    private final AtomicInteger updatesToForget = new AtomicInteger();
    private volatile Runnable onDroppedUpdate;
    private final TestMqttClient mqtt;

    public FakeJobsService(String thing, TlsBroker broker, TestCertificates pki) {
        this.thing = thing;
        var base = "$aws/things/" + thing;
        this.mqtt = new TestMqttClient(
                "jobs-service",
                broker,
                pki,
                List.of(
                        base + "/jobs/start-next",
                        base + "/jobs/get",
                        base + "/jobs/+/update",
                        base + "/shadow/update",
                        base + "/shadow/name/+/update"),
                this::onMessage);
        mqtt.awaitSubscribed();
    }

    public TestMqttClient mqtt() {
        return mqtt;
    }

    /**
     * Queues a job for the thing (as {@code aws iot create-job} would) and notifies it. The
     * document's text goes into the answers as it is, so a hostile one (a key twice, text after
     * it, 1.0) reaches the device as such.
     */
    public synchronized void createJob(String jobId, String documentJson) {
        var next = nextExecution();
        executions.put(jobId, new Execution(jobId, 1, documentJson, Instant.now()));
        if (!next.equals(nextExecution())) {
            notifyNext();
        }
    }

    /** Sends the current next-job notification again, as a duplicate delivery would. */
    public synchronized void notifyNextAgain() {
        notifyNext();
    }

    /**
     * The next status update is lost on its way: not applied, not answered; then {@code afterwards}
     * runs (e.g. stopping the broker in the middle of the job).
     */
    public void dropNextUpdate(Runnable afterwards) {
        onDroppedUpdate = afterwards;
    }

    /**
     * The next {@code count} status updates are answered "accepted" but forgotten, so that
     * start-next offers the same execution again: a redelivery.
     */
    public void forgetNextUpdates(int count) {
        updatesToForget.set(count);
    }

    public synchronized Execution execution(String jobId) {
        return executions.get(jobId);
    }

    public List<Update> updates() {
        return List.copyOf(updates);
    }

    public List<JsonNode> shadowReports() {
        return List.copyOf(shadowReports);
    }

    /** The reported states sent to a named shadow, each as the text of the update it came in. */
    public List<String> namedShadowUpdates(String shadowName) {
        return List.copyOf(namedShadowReports.getOrDefault(shadowName, List.of()));
    }

    public int startNextRequests() {
        return startNextRequests.get();
    }

    private void onMessage(String topic, String payload) {
        JsonNode request;
        try {
            request = json.readTree(payload);
        } catch (Exception e) {
            throw new IllegalStateException("the device sent no JSON on " + topic + ": " + payload, e);
        }
        var base = "$aws/things/" + thing;
        if (topic.equals(base + "/jobs/start-next")) {
            startNext(topic, request);
        } else if (topic.equals(base + "/jobs/get")) {
            pending(topic, request);
        } else if (topic.equals(base + "/shadow/update")) {
            shadow(topic, request);
        } else if (topic.startsWith(base + "/shadow/name/") && topic.endsWith("/update")) {
            var name = topic.substring((base + "/shadow/name/").length(), topic.length() - "/update".length());
            namedShadowReports
                    .computeIfAbsent(name, n -> new CopyOnWriteArrayList<>())
                    .add(payload);
            var answer = answer(request);
            answer.set("state", request.path("state"));
            answer.put("version", namedShadowReports.get(name).size());
            mqtt.publish(topic + "/accepted", answer.toString());
        } else if (topic.startsWith(base + "/jobs/") && topic.endsWith("/update")) {
            var jobId = topic.substring((base + "/jobs/").length(), topic.length() - "/update".length());
            update(topic, jobId, request);
        }
    }

    private synchronized void startNext(String topic, JsonNode request) {
        startNextRequests.incrementAndGet();
        var answer = answer(request);
        nextExecution().ifPresent(execution -> {
            if (execution.status.equals("QUEUED")) {
                execution.status = "IN_PROGRESS";
                execution.version++;
            }
            answer.set("execution", data(execution));
        });
        mqtt.publish(topic + "/accepted", withDocument(answer.toString()));
    }

    private synchronized void pending(String topic, JsonNode request) {
        var answer = answer(request);
        var inProgress = answer.putArray("inProgressJobs");
        var queued = answer.putArray("queuedJobs");
        for (var execution : executions.values()) {
            var summary = json.createObjectNode()
                    .put("jobId", execution.jobId)
                    .put("executionNumber", execution.number)
                    .put("versionNumber", execution.version)
                    .put("queuedAt", execution.queuedAt.getEpochSecond());
            if (execution.status.equals("IN_PROGRESS")) {
                inProgress.add(summary);
            } else if (execution.status.equals("QUEUED")) {
                queued.add(summary);
            }
        }
        mqtt.publish(topic + "/accepted", answer.toString());
    }

    private void update(String topic, String jobId, JsonNode request) {
        var status = request.path("status").asText();
        var drop = onDroppedUpdate;
        if (drop != null) {
            onDroppedUpdate = null;
            updates.add(new Update(jobId, status, request.path("statusDetails"), false, System.nanoTime()));
            drop.run();
            return;
        }
        if (updatesToForget.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            updates.add(new Update(jobId, status, request.path("statusDetails"), false, System.nanoTime()));
            mqtt.publish(topic + "/accepted", answer(request).toString());
            return;
        }
        synchronized (this) {
            var answer = answer(request);
            var execution = executions.get(jobId);
            if (execution == null) {
                answer.put("code", "ResourceNotFound").put("message", "no execution of job " + jobId);
                mqtt.publish(topic + "/rejected", answer.toString());
                return;
            }
            if (FINAL.contains(execution.status)) {
                answer.put("code", "InvalidStateTransition")
                        .put("message", "the execution is already " + execution.status);
                answer.set(
                        "executionState",
                        json.createObjectNode()
                                .put("status", execution.status)
                                .put("versionNumber", execution.version));
                updates.add(new Update(jobId, status, request.path("statusDetails"), true, System.nanoTime()));
                mqtt.publish(topic + "/rejected", answer.toString());
                return;
            }
            var next = nextExecution();
            execution.status = status;
            execution.statusDetails = request.path("statusDetails");
            execution.version++;
            updates.add(new Update(jobId, status, request.path("statusDetails"), true, System.nanoTime()));
            mqtt.publish(topic + "/accepted", answer.toString());
            if (!next.equals(nextExecution())) {
                notifyNext();
            }
        }
    }

    private void shadow(String topic, JsonNode request) {
        shadowReports.add(request.path("state").path("reported"));
        var answer = answer(request);
        answer.set("state", request.path("state"));
        answer.put("version", shadowReports.size());
        mqtt.publish(topic + "/accepted", answer.toString());
    }

    private void notifyNext() {
        var event = json.createObjectNode().put("timestamp", Instant.now().getEpochSecond());
        nextExecution().ifPresent(execution -> event.set("execution", data(execution)));
        mqtt.publish("$aws/things/" + thing + "/jobs/notify-next", withDocument(event.toString()));
    }

    private Optional<Execution> nextExecution() {
        return executions.values().stream()
                .filter(e -> e.status.equals("IN_PROGRESS"))
                .findFirst()
                .or(() -> executions.values().stream()
                        .filter(e -> e.status.equals("QUEUED"))
                        .findFirst());
    }

    private ObjectNode data(Execution execution) {
        var data = json.createObjectNode()
                .put("jobId", execution.jobId)
                .put("thingName", thing)
                .put("status", execution.status)
                .put("queuedAt", execution.queuedAt.getEpochSecond())
                .put("lastUpdatedAt", Instant.now().getEpochSecond())
                .put("versionNumber", execution.version)
                .put("executionNumber", execution.number)
                .put("jobDocument", DOCUMENT_MARK + execution.jobId);
        return data;
    }

    /** Puts each execution's document text where its mark is. */
    private String withDocument(String answer) {
        for (var execution : executions.values()) {
            answer = answer.replace("\"" + DOCUMENT_MARK + execution.jobId + "\"", execution.document);
        }
        return answer;
    }

    private ObjectNode answer(JsonNode request) {
        var answer = json.createObjectNode().put("timestamp", Instant.now().getEpochSecond());
        if (request.has("clientToken")) {
            answer.put("clientToken", request.get("clientToken").asText());
        }
        return answer;
    }

    public List<String> statusesOf(String jobId) {
        var result = new ArrayList<String>();
        updates.stream().filter(u -> u.jobId().equals(jobId)).forEach(u -> result.add(u.status()));
        return result;
    }

    @Override
    public void close() {
        mqtt.close();
    }
}
