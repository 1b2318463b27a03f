package be.ghelamcoalert.core.model.command;

/**
 * Everything a person or a remote job can ask the kiosk to do. Each command validates itself
 * when built; the one use-case service carries it out, whoever sent it.
 */
public sealed interface KioskCommand
        permits CreateCustomEvent, UpdateCustomEvent, DeleteCustomEvent, SnoozeEvent, ConfirmClear,
                RetimeAlert, AddAlert, RemoveAlert, MuteEvent, DismissNotice, RefreshFixtures, RunLightTest, ChangeSettings,
                UpdateRelease {

    /** A short name for logs, the audit log and job documents, e.g. "snooze". */
    String operation();
}
