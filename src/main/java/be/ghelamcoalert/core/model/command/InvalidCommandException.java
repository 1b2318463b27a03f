package be.ghelamcoalert.core.model.command;

/**
 * A command that cannot be carried out as asked. Names the field and says what is wrong, in
 * words a person at the kiosk or an operator reading a job status can act on. Nothing changed.
 */
public class InvalidCommandException extends RuntimeException {
    private final String field;

    public InvalidCommandException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
