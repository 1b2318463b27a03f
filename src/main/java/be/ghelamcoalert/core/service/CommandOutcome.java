package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.command.KioskCommand;

/** What a command did, in one short line for the screen, the audit log and a job's status. */
public record CommandOutcome(KioskCommand command, String summary) {}
