package be.ghelamcoalert.core.model.command;

/**
 * Everything a person or a remote job can ask the kiosk to do. Each command validates itself
 * when built; the one use-case service carries it out, whoever sent it.
 */
public sealed interface KioskCommand
        permits TransactionalCommand, RefreshFixtures, RunLightTest, ChangeSettings, UpdateRelease {

    /** What is asked, by the name logs, the audit log and job documents use. */
    Operation operation();
}
