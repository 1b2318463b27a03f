package be.ghelamcoalert.app;

import be.ghelamcoalert.app.remote.RemoteCommand;
import be.ghelamcoalert.app.selftest.SelfTestCommand;
import picocli.CommandLine;

/** The kiosk's command line (picocli): the kiosk by default, operator commands as sub-commands. */
final class KioskCommandLine {
    private KioskCommandLine() {}

    /**
     * The command line for {@code args}: when they start the kiosk, without the operator
     * sub-commands, whose models picocli would otherwise build before the light is restored; for
     * anything else (a sub-command, help, a mistake) the full
     * one, which answers as before.
     */
    static CommandLine commandLine(String... args) {
        var kiosk = handlingErrors(new CommandLine(new RunKioskCommand()));
        return startsTheKiosk(kiosk, args) ? kiosk : commandLine();
    }

    /** The full command line: the kiosk and the operator sub-commands. */
    static CommandLine commandLine() {
        var cli = new CommandLine(new RunKioskCommand());
        cli.addSubcommand(new FixturesCommand());
        cli.addSubcommand(new JobCommand());
        cli.addSubcommand(new ReleaseCommand());
        cli.addSubcommand(new RemoteCommand());
        cli.addSubcommand(new SelfTestCommand());
        return handlingErrors(cli);
    }

    /**
     * Whether {@code args} start the kiosk; picocli's {@code ParameterException} (a sub-command, a
     * mistake) says they do not. It is caught as a {@code RuntimeException}: a catch clause of
     * picocli's own type makes the JVM load picocli as it starts with the AOT cache, which
     * cannot hold picocli's Java 5 class files, before the light is restored (what that cost: README,
     * Benchmarks).
     */
    private static boolean startsTheKiosk(CommandLine kiosk, String[] args) {
        try {
            var parsed = kiosk.parseArgs(args);
            return !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (RuntimeException e) {
            if (e instanceof CommandLine.ParameterException) {
                return false;
            }
            throw e;
        }
    }

    private static CommandLine handlingErrors(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof be.ghelamcoalert.config.ConfigException config) {
                commandLine.getErr().println("Configuration error: " + config.getMessage());
                return ExitCodes.BAD_CONFIG;
            }
            throw e;
        });
        return cli;
    }
}
