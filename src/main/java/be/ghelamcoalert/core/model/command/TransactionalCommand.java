package be.ghelamcoalert.core.model.command;

/**
 * A command whose whole effect is a change of the store, carried out in one transaction. The
 * other commands wait for something outside the store (the fixture import, the light, a
 * download) or take new settings into use once they are committed.
 */
public sealed interface TransactionalCommand extends KioskCommand
        permits CreateCustomEvent,
                UpdateCustomEvent,
                DeleteCustomEvent,
                SnoozeEvent,
                ConfirmClear,
                RetimeAlert,
                AddAlert,
                RemoveAlert,
                MuteEvent,
                DismissNotice {}
