package be.ghelamcoalert.adapter.iot.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.crt.iot.MqttRequestResponse;
import software.amazon.awssdk.crt.iot.MqttRequestResponseClient;
import software.amazon.awssdk.crt.iot.MqttRequestResponseClientOptions;
import software.amazon.awssdk.crt.iot.RequestResponseOperation;
import software.amazon.awssdk.crt.iot.ResponsePath;
import software.amazon.awssdk.crt.mqtt5.Mqtt5Client;

/**
 * Asks the Jobs service for the next pending execution over the MQTT request-response client of
 * the AWS CRT, which hands back the answer's raw bytes (the SDK's {@code IotJobsV2Client} would
 * parse the document with Gson first, keeping the last of two equal keys, turning 1 into 1.0 and
 * following any depth). The request carries no client token, so the CRT matches the answer by its
 * topic and never parses the payload itself; the agent asks one question at a time.
 */
public final class StartNextRequests implements AutoCloseable {
    private final MqttRequestResponseClient client;
    private final String topic;

    public StartNextRequests(Mqtt5Client mqtt, String thingName, Duration timeout) {
        this.client = new MqttRequestResponseClient(
                mqtt,
                MqttRequestResponseClientOptions.builder()
                        .withMaxRequestResponseSubscriptions(2)
                        .withMaxStreamingSubscriptions(1)
                        .withOperationTimeoutSeconds((int) Math.max(1, timeout.toSeconds()))
                        .build());
        this.topic = "$aws/things/" + thingName + "/jobs/start-next";
    }

    /**
     * @return the execution offered, or empty when none is pending; completes exceptionally with
     *         {@link Rejected} when the service answers "rejected", or with an {@link IOException}
     *         when its answer cannot be read
     */
    public CompletableFuture<Optional<PendingExecution>> next() {
        var operation = RequestResponseOperation.builder()
                .withPublishTopic(topic)
                .withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .withSubscription(topic + "/+")
                .withResponsePath(ResponsePath.builder()
                        .withResponseTopic(topic + "/accepted")
                        .build())
                .withResponsePath(ResponsePath.builder()
                        .withResponseTopic(topic + "/rejected")
                        .build())
                .build();
        return client.submitRequest(operation).thenApply(StartNextRequests::answer);
    }

    private static Optional<PendingExecution> answer(MqttRequestResponse response) {
        try {
            if (response.getTopic().endsWith("/rejected")) {
                throw new Rejected(new String(response.getPayload(), StandardCharsets.UTF_8));
            }
            return StartNextAnswer.read(response.getPayload());
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The service said no (its answer, e.g. a throttling code and message, is the message). */
    public static final class Rejected extends RuntimeException {
        Rejected(String answer) {
            super(answer.length() > 300 ? answer.substring(0, 300) : answer);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
