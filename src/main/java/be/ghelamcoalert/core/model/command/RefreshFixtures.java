package be.ghelamcoalert.core.model.command;

/** Import the fixtures now instead of waiting for the hourly run. */
public record RefreshFixtures() implements KioskCommand {

    @Override
    public Operation operation() {
        return Operation.REFRESH_FIXTURES;
    }
}
