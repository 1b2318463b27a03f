package be.ghelamcoalert.core.model.command;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one list of what can be asked of the kiosk, each with the name that logs, the audit log,
 * the job ledger and job documents use ({@code "operation": "snooze"}). Every other place (the job
 * reader, its published schemas, the remote-commands screen) derives from this list.
 */
public enum Operation {
    CREATE_EVENT("create-event"),
    UPDATE_EVENT("update-event"),
    DELETE_EVENT("delete-event"),
    SNOOZE("snooze"),
    CONFIRM("confirm"),
    RETIME_ALERT("retime-alert"),
    ADD_ALERT("add-alert"),
    REMOVE_ALERT("remove-alert"),
    MUTE("mute"),
    UNMUTE("unmute"),
    DISMISS_NOTICE("dismiss-notice"),
    REFRESH_FIXTURES("refresh-fixtures"),
    LIGHT_TEST("light-test"),
    CHANGE_SETTINGS("change-settings"),
    UPDATE("update");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    /** The name as written in logs, the audit log and job documents, e.g. "retime-alert". */
    public String wireName() {
        return wireName;
    }

    /** The operation a job document or a stored record names, if any. */
    public static Optional<Operation> named(String wireName) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
