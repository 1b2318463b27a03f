package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.Fleet;
import be.ghelamcoalert.adapter.fleet.FleetAccess;
import be.ghelamcoalert.adapter.fleet.FleetException;
import be.ghelamcoalert.adapter.iot.IotDevice;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleJson;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.app.ExitCodes;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ghelamco-alert remote …}: the operator's command line for the fleet, over the AWS SDK for
 * Java v2 with the usual credential chain. It reads each kiosk's schedule shadow, so events and
 * alerts are named by title or date, and sends jobs the kiosks' own reader has checked.
 */
@Command(
        name = "remote",
        mixinStandardHelpOptions = true,
        description =
                "Operate kiosks from anywhere: their schedules, remote commands (AWS IoT jobs) and the jobs overview.",
        subcommands = {
            KiosksCommand.class,
            EventsCommand.class,
            JobsCommand.class,
            JobCommands.Snooze.class,
            JobCommands.Confirm.class,
            JobCommands.Mute.class,
            JobCommands.Retime.class,
            JobCommands.AddAlert.class,
            JobCommands.Refresh.class,
            JobCommands.LightTest.class,
            EventJobCommands.Create.class,
            EventJobCommands.Update.class,
            EventJobCommands.Delete.class,
            EventJobCommands.Settings.class,
            ProvisionCommand.class,
            DeprovisionCommand.class
        })
public final class RemoteCommand implements Callable<Integer> {
    /** AWS failed or refused: the message says why. */
    static final int AWS_FAILED = 7;

    @Spec
    CommandSpec spec;

    private final Function<FleetOptions, FleetAccess> access;
    private final Clock clock;
    private final ScheduleJson scheduleJson = new ScheduleJson();

    public RemoteCommand() {
        this(options -> FleetAccess.of(options.profile, options.region, options.endpointUrl), Clock.systemUTC());
    }

    /** With the operator's identity and time given (tests: static credentials, a fixed clock). */
    RemoteCommand(Function<FleetOptions, FleetAccess> access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.REJECTED;
    }

    Fleet open(FleetOptions options) {
        return Fleet.open(access.apply(options));
    }

    Clock clock() {
        return clock;
    }

    /** The schedule {@code thing} last reported; empty when it never reported one. */
    Optional<ScheduleReport> schedule(Fleet fleet, String thing) {
        return fleet.shadow(thing, Optional.of(IotDevice.SCHEDULE_SHADOW)).map(scheduleJson::readShadow);
    }

    ScheduleJson scheduleJson() {
        return scheduleJson;
    }

    /** Runs {@code work}; AWS's failures and the operator's mistakes become a message and an exit code. */
    static int answering(CommandSpec spec, Callable<Integer> work) {
        try {
            return work.call();
        } catch (FleetException e) {
            spec.commandLine().getErr().println("AWS: " + e.getMessage());
            return AWS_FAILED;
        } catch (EventPicker.PickException | InvalidCommandException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REJECTED;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
