package be.ghelamcoalert.app;

import picocli.CommandLine;

/** Entry point of the jar: the kiosk by default, operator commands as sub-commands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        var cli = new CommandLine(new RunKioskCommand());
        cli.addSubcommand(new FixturesCommand());
        cli.addSubcommand(new JobCommand());
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
