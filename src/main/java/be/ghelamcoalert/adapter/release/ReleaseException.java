package be.ghelamcoalert.adapter.release;

/** A release bundle that cannot be trusted or used, with a reason an operator can act on. */
public class ReleaseException extends RuntimeException {
    public ReleaseException(String message) {
        super(message);
    }

    public ReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
