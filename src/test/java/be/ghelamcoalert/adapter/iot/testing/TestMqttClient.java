package be.ghelamcoalert.adapter.iot.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import software.amazon.awssdk.crt.mqtt5.Mqtt5Client;
import software.amazon.awssdk.crt.mqtt5.Mqtt5ClientOptions;
import software.amazon.awssdk.crt.mqtt5.OnAttemptingConnectReturn;
import software.amazon.awssdk.crt.mqtt5.OnConnectionFailureReturn;
import software.amazon.awssdk.crt.mqtt5.OnConnectionSuccessReturn;
import software.amazon.awssdk.crt.mqtt5.OnDisconnectionReturn;
import software.amazon.awssdk.crt.mqtt5.OnStoppedReturn;
import software.amazon.awssdk.crt.mqtt5.QOS;
import software.amazon.awssdk.crt.mqtt5.packets.PublishPacket;
import software.amazon.awssdk.crt.mqtt5.packets.SubscribePacket;
import software.amazon.awssdk.iot.AwsIotMqtt5ClientBuilder;

/**
 * A second MQTT5 client on the test broker (the Jobs service double, a metrics subscriber). Its
 * session survives broker restarts and it subscribes again on every connect; messages are handed
 * to its own thread, in order.
 */
public final class TestMqttClient implements AutoCloseable {
    private final Mqtt5Client client;
    private final ExecutorService handler;
    private final List<String> filters;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile CountDownLatch subscribed = new CountDownLatch(1);

    public TestMqttClient(
            String clientId,
            TlsBroker broker,
            TestCertificates pki,
            List<String> filters,
            BiConsumer<String, String> onMessage) {
        this.filters = List.copyOf(filters);
        this.handler = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("test-" + clientId).daemon().factory());
        var cert = pki.client(clientId, "ca");
        try (var builder = AwsIotMqtt5ClientBuilder.newDirectMqttBuilderWithMtlsFromPath(
                "localhost", cert.certificate().toString(), cert.privateKey().toString())) {
            builder.withCertificateAuthorityFromPath(null, pki.caCertificate().toString())
                    .withPort((long) broker.port())
                    .withClientId(clientId)
                    .withSessionBehavior(Mqtt5ClientOptions.ClientSessionBehavior.REJOIN_ALWAYS)
                    .withSessionExpiryIntervalSeconds(3600L)
                    .withMinReconnectDelayMs(100L)
                    .withMaxReconnectDelayMs(500L)
                    .withPublishEvents((c, r) -> {
                        var packet = r.getPublishPacket();
                        var payload = new String(packet.getPayload(), StandardCharsets.UTF_8);
                        handler.execute(() -> onMessage.accept(packet.getTopic(), payload));
                    })
                    .withLifeCycleEvents(new Mqtt5ClientOptions.LifecycleEvents() {
                        @Override
                        public void onAttemptingConnect(Mqtt5Client c, OnAttemptingConnectReturn r) {}

                        @Override
                        public void onConnectionSuccess(Mqtt5Client c, OnConnectionSuccessReturn r) {
                            handler.execute(TestMqttClient.this::subscribe);
                        }

                        @Override
                        public void onConnectionFailure(Mqtt5Client c, OnConnectionFailureReturn r) {}

                        @Override
                        public void onDisconnection(Mqtt5Client c, OnDisconnectionReturn r) {}

                        @Override
                        public void onStopped(Mqtt5Client c, OnStoppedReturn r) {
                            stopped.countDown();
                        }
                    });
            client = builder.build();
        }
        client.start();
    }

    /** Waits until the client is connected and subscribed (after start or a broker restart). */
    public void awaitSubscribed() {
        try {
            if (!subscribed.await(15, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test client did not subscribe");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forget the last subscription, so that {@link #awaitSubscribed()} waits for the next connect. */
    public void expectReconnect() {
        subscribed = new CountDownLatch(1);
    }

    private void subscribe() {
        if (filters.isEmpty()) {
            subscribed.countDown();
            return;
        }
        var packet = new SubscribePacket.SubscribePacketBuilder();
        filters.forEach(f -> packet.withSubscription(f, QOS.AT_LEAST_ONCE));
        client.subscribe(packet.build()).whenComplete((ack, error) -> {
            if (error == null) {
                subscribed.countDown();
            }
        });
    }

    public void publish(String topic, String payload) {
        client.publish(new PublishPacket.PublishPacketBuilder(
                        topic, QOS.AT_LEAST_ONCE, payload.getBytes(StandardCharsets.UTF_8))
                .build());
    }

    public boolean isConnected() {
        return client.getIsConnected();
    }

    @Override
    public void close() {
        client.stop();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        handler.shutdown();
    }
}
