package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.config.IotSettings;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.service.StatusBoard;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.crt.CRT;
import software.amazon.awssdk.crt.iot.MqttRequestResponseClientOptions;
import software.amazon.awssdk.crt.mqtt5.Mqtt5Client;
import software.amazon.awssdk.crt.mqtt5.Mqtt5ClientOptions;
import software.amazon.awssdk.crt.mqtt5.OnAttemptingConnectReturn;
import software.amazon.awssdk.crt.mqtt5.OnConnectionFailureReturn;
import software.amazon.awssdk.crt.mqtt5.OnConnectionSuccessReturn;
import software.amazon.awssdk.crt.mqtt5.OnDisconnectionReturn;
import software.amazon.awssdk.crt.mqtt5.OnStoppedReturn;
import software.amazon.awssdk.crt.mqtt5.packets.DisconnectPacket;
import software.amazon.awssdk.iot.AwsIotMqtt5ClientBuilder;
import software.amazon.awssdk.iot.iotjobs.IotJobsV2Client;
import software.amazon.awssdk.iot.iotshadow.IotShadowV2Client;

/**
 * The kiosk's MQTT5 connection to AWS IoT over mutual TLS. The SDK reconnects with exponential
 * backoff by itself; its lifecycle events are handed to our own thread at once (never blocking
 * an SDK thread) and become the status board's cloud status and the "connected" callbacks that
 * jobs, shadow and metrics use to catch up.
 */
public final class IotConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IotConnection.class);

    private final IotSettings settings;
    private final Clock clock;
    private final StatusBoard status;
    private final ExecutorService events = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("iot-events").daemon().factory());
    private final List<Runnable> connectedListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Mqtt5Client client;
    private final IotJobsV2Client jobs;
    private final IotShadowV2Client shadow;
    private volatile boolean connected;
    private volatile boolean stopping;

    private IotConnection(IotSettings settings, Clock clock, StatusBoard status) {
        this.settings = settings;
        this.clock = clock;
        this.status = status;
        try (var builder = AwsIotMqtt5ClientBuilder.newDirectMqttBuilderWithMtlsFromPath(
                settings.endpoint(), settings.certificate(), settings.privateKey())) {
            settings.caCertificate().ifPresent(ca -> builder.withCertificateAuthorityFromPath(null, ca));
            builder.withPort((long) settings.port())
                    .withClientId(settings.thingName())
                    .withMinReconnectDelayMs(settings.reconnectMinDelay().toMillis())
                    .withMaxReconnectDelayMs(settings.reconnectMaxDelay().toMillis())
                    .withOfflineQueueBehavior(Mqtt5ClientOptions.ClientOfflineQueueBehavior.FAIL_ALL_ON_DISCONNECT)
                    .withLifeCycleEvents(new Lifecycle());
            this.client = builder.build();
        }
        var requestOptions = MqttRequestResponseClientOptions.builder()
                .withMaxRequestResponseSubscriptions(
                        8) // jobs, the classic shadow and the schedule shadow, two each, with room
                .withMaxStreamingSubscriptions(4)
                .withOperationTimeoutSeconds((int) settings.requestTimeout().toSeconds())
                .build();
        this.jobs = IotJobsV2Client.newFromMqtt5(client, requestOptions);
        this.shadow = IotShadowV2Client.newFromMqtt5(client, requestOptions);
    }

    /**
     * Builds the connection; {@link #start()} connects.
     *
     * @throws IotSetupException when the certificate, the CA or the private key is missing or
     *                           damaged, or the key is readable by others
     */
    public static IotConnection create(IotSettings settings, Clock clock, StatusBoard status) {
        CredentialFiles.check(settings);
        return new IotConnection(settings, clock, status);
    }

    public void start() {
        status.cloud(new CloudStatus(CloudStatus.State.CONNECTING, clock.instant(), "connecting to " + endpoint()));
        client.start();
    }

    /** Runs {@code listener} (on the connection's own thread) after every successful (re)connect. */
    public void onConnected(Runnable listener) {
        connectedListeners.add(listener);
    }

    public boolean isConnected() {
        return connected;
    }

    public IotSettings settings() {
        return settings;
    }

    public Mqtt5Client mqtt() {
        return client;
    }

    public IotJobsV2Client jobs() {
        return jobs;
    }

    public IotShadowV2Client shadow() {
        return shadow;
    }

    private String endpoint() {
        return settings.endpoint() + ":" + settings.port();
    }

    private void connected() {
        connected = true;
        status.cloud(new CloudStatus(
                CloudStatus.State.ONLINE,
                clock.instant(),
                "connected to " + endpoint() + " as " + settings.thingName()));
        LOG.info("Connected to AWS IoT at {} as {}", endpoint(), settings.thingName());
        for (var listener : connectedListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("A reconnect listener failed", e);
            }
        }
    }

    private void offline(String why) {
        connected = false;
        var current = status.cloud();
        if (current.state() == CloudStatus.State.OFFLINE) {
            // keep "offline since" at the moment the connection was lost; only the reason changes
            status.cloud(new CloudStatus(CloudStatus.State.OFFLINE, current.since(), why));
        } else {
            status.cloud(new CloudStatus(CloudStatus.State.OFFLINE, clock.instant(), why));
        }
    }

    private static String error(int code) {
        return code == 0 ? "no error" : CRT.awsErrorName(code) + " (" + CRT.awsErrorString(code) + ")";
    }

    /** SDK callbacks: only hand the event over to our own thread. */
    private final class Lifecycle implements Mqtt5ClientOptions.LifecycleEvents {
        @Override
        public void onAttemptingConnect(Mqtt5Client c, OnAttemptingConnectReturn r) {
            LOG.debug("Connecting to {}", endpoint());
        }

        @Override
        public void onConnectionSuccess(Mqtt5Client c, OnConnectionSuccessReturn r) {
            events.execute(IotConnection.this::connected);
        }

        @Override
        public void onConnectionFailure(Mqtt5Client c, OnConnectionFailureReturn r) {
            var why = "cannot connect to " + endpoint() + ": " + error(r.getErrorCode());
            if (stopping) {
                return;
            }
            events.execute(() -> {
                LOG.warn("{}; retrying with backoff", why);
                offline(why);
            });
        }

        @Override
        public void onDisconnection(Mqtt5Client c, OnDisconnectionReturn r) {
            var why = "disconnected: " + error(r.getErrorCode());
            if (stopping) {
                return;
            }
            events.execute(() -> {
                LOG.warn("AWS IoT {}; reconnecting", why);
                offline(why);
            });
        }

        @Override
        public void onStopped(Mqtt5Client c, OnStoppedReturn r) {
            stopped.countDown();
        }
    }

    /**
     * Disconnects with an MQTT DISCONNECT (a normal disconnection: AWS IoT's lifecycle event says
     * the client left, not that the connection was lost); no reconnecting after this; requests
     * still waiting for an answer fail.
     */
    public void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        try {
            client.stop(new DisconnectPacket.DisconnectPacketBuilder()
                    .withReasonCode(DisconnectPacket.DisconnectReasonCode.NORMAL_DISCONNECTION)
                    .build());
            if (!stopped.await(5, TimeUnit.SECONDS)) {
                LOG.warn("The MQTT client did not report that it stopped");
            }
        } catch (RuntimeException e) {
            LOG.warn("Stopping the MQTT client failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connected = false;
    }

    /** Disconnects and releases every native resource, the clients before the connection. */
    @Override
    public void close() {
        stop();
        jobs.close();
        shadow.close();
        client.close();
        events.shutdown();
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connected = false;
        status.cloud(new CloudStatus(CloudStatus.State.OFFLINE, clock.instant(), "stopped"));
    }
}
