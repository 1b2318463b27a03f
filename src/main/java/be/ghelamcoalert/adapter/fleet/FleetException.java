package be.ghelamcoalert.adapter.fleet;

/** AWS refused or could not be reached; the message says what the operator can do. */
public final class FleetException extends RuntimeException {
    public FleetException(String message) {
        super(message);
    }

    public FleetException(String message, Throwable cause) {
        super(message, cause);
    }
}
