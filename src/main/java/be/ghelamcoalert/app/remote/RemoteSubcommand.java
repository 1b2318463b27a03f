package be.ghelamcoalert.app.remote;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code remote} sub-command has: its own spec (for its output), the {@code remote} command, and the AWS options. */
abstract class RemoteSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RemoteCommand remote;

    @Mixin
    FleetOptions fleet;
}
