package be.ghelamcoalert.app;

import java.time.Clock;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Entry point of the jar: the kiosk by default, operator commands as sub-commands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        var first = ScreenFirst.startFor(args, System.getenv(), Clock.systemUTC());
        // Logging starts on a core of its own while the command line is read.
        Thread.ofPlatform().name("logging-start").start(LoggerFactory::getILoggerFactory);
        System.exit(commandLine(first, args).execute(args));
    }

    /**
     * The command line for {@code args}: when they start the kiosk, without the operator
     * sub-commands, whose models picocli would otherwise build first (a tenth of a second of the
     * kiosk's start on a plain JVM); for anything else (a sub-command, help, a mistake) the full
     * one, which answers as before.
     */
    static CommandLine commandLine(String... args) {
        return commandLine(ScreenFirst.nothing(), args);
    }

    private static CommandLine commandLine(ScreenFirst first, String... args) {
        var kiosk = handlingErrors(new CommandLine(new RunKioskCommand(first)));
        return startsTheKiosk(kiosk, args) ? kiosk : commandLine();
    }

    /** The full command line: the kiosk and the operator sub-commands. */
    static CommandLine commandLine() {
        var cli = new CommandLine(new RunKioskCommand());
        cli.addSubcommand(new FixturesCommand());
        cli.addSubcommand(new JobCommand());
        return handlingErrors(cli);
    }

    private static boolean startsTheKiosk(CommandLine kiosk, String[] args) {
        try {
            var parsed = kiosk.parseArgs(args);
            return !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (CommandLine.ParameterException notForTheKiosk) {
            return false;
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
