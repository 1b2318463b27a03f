package be.ghelamcoalert.core.model.command;

/** Import the fixtures now instead of waiting for the hourly run. */
public record RefreshFixtures() implements KioskCommand {

    @Override
    public String operation() {
        return "refresh-fixtures";
    }
}
