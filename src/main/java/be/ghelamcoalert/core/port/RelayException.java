package be.ghelamcoalert.core.port;

/** The relay's hardware failed; the message says what, so it can be shown on screen. */
public class RelayException extends RuntimeException {

    public RelayException(String message) {
        super(message);
    }

    public RelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
