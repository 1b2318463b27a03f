package be.ghelamcoalert.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AWS IoT connection (MQTT5 over mutual TLS). Leave the whole {@code iot} section out and the
 * kiosk runs offline.
 *
 * @param endpoint          the account's data endpoint, e.g. {@code abc123-ats.iot.eu-west-1.amazonaws.com}
 * @param port              8883 (MQTT over TLS)
 * @param thingName         this kiosk's thing name; also the MQTT client id
 * @param certificate       the device certificate (PEM)
 * @param privateKey        its private key (PEM); must not be readable by group or others (chmod 600)
 * @param caCertificate     the CA that signed the endpoint's certificate (AmazonRootCA1.pem); empty:
 *                          the system's trust store
 * @param reconnectMinDelay first wait before reconnecting; doubles up to {@code reconnectMaxDelay}
 * @param reconnectMaxDelay longest wait between reconnection attempts
 * @param requestTimeout    how long to wait for an answer of the Jobs or shadow service
 * @param shadowInterval    the shadow is updated on change, at most once per this interval
 */
public record IotSettings(
        String endpoint,
        Integer port,
        String thingName,
        String certificate,
        String privateKey,
        Optional<String> caCertificate,
        Duration reconnectMinDelay,
        Duration reconnectMaxDelay,
        Duration requestTimeout,
        Duration shadowInterval) {

    private static final Pattern THING_NAME = Pattern.compile("[a-zA-Z0-9:_-]{1,128}");

    public IotSettings {
        endpoint = required(endpoint, "endpoint");
        thingName = required(thingName, "thingName");
        if (!THING_NAME.matcher(thingName).matches()) {
            throw new IllegalArgumentException(
                    "thingName '" + thingName + "' may only hold letters, digits, ':', '_' and '-' (at most 128)");
        }
        certificate = required(certificate, "certificate");
        privateKey = required(privateKey, "privateKey");
        port = port == null ? 8883 : port;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        caCertificate = caCertificate == null ? Optional.empty() : caCertificate.filter(s -> !s.isBlank());
        reconnectMinDelay = positive(reconnectMinDelay, Duration.ofSeconds(1), "reconnectMinDelay");
        reconnectMaxDelay = positive(reconnectMaxDelay, Duration.ofMinutes(2), "reconnectMaxDelay");
        if (reconnectMaxDelay.compareTo(reconnectMinDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay must not be shorter than reconnectMinDelay");
        }
        requestTimeout = positive(requestTimeout, Duration.ofSeconds(30), "requestTimeout");
        if (requestTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("requestTimeout must be at least one second");
        }
        shadowInterval = positive(shadowInterval, Duration.ofSeconds(5), "shadowInterval");
    }

    /** The topic the kiosk's metric windows are published on. */
    public String metricsTopic() {
        return "ghelamco-alert/" + thingName + "/metrics";
    }

    /** Where the kiosk tells the world that the light came on, the deadline passed, or someone confirmed or snoozed. */
    public String alarmsTopic() {
        return "ghelamco-alert/" + thingName + "/alarms";
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name + " is required in the iot section (or leave the whole section out to run offline)");
        }
        return value.strip();
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        var result = value == null ? fallback : value;
        if (result.isNegative() || result.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return result;
    }
}
