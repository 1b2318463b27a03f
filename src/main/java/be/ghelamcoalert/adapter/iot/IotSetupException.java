package be.ghelamcoalert.adapter.iot;

/** The IoT connection cannot be set up as configured; the message says what to fix. */
public final class IotSetupException extends RuntimeException {
    public IotSetupException(String message) {
        super(message);
    }
}
