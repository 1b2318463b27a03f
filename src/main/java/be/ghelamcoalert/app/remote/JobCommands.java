package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The job-sending {@code remote} commands: plain options in, a checked job document out. */
final class JobCommands {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private JobCommands() {}

    /** The commands that act on one event, named by id, date or the start of its title. */
    abstract static class OnEvent extends JobSender {
        @Option(
                names = "--event",
                required = true,
                paramLabel = "EVENT",
                description =
                        "The event: its id, its date (2026-12-06) or the start of its title (\"KAA Gent - Club\").")
        String event;

        EventId eventId(Schedules schedules) {
            return new EventId(schedules.event(event).id());
        }

        @Override
        String describe(KioskCommand command, Schedules schedules) {
            var picked = schedules.event(event);
            return command.operation().wireName() + " " + picked.title() + " (" + picked.date() + ")" + details(command)
                    + " on " + target.asJobTarget().label();
        }

        String details(KioskCommand command) {
            return "";
        }
    }

    @Command(
            name = "snooze",
            mixinStandardHelpOptions = true,
            description = "Silences an event's active alerts for a while.")
    static final class Snooze extends OnEvent {
        @Option(
                names = "--for",
                required = true,
                paramLabel = "DURATION",
                converter = OperatorDuration.class,
                description = "How long: 15m, 1h, PT30M (at most 4 h; never past the car-park deadline).")
        Duration duration;

        @Override
        KioskCommand command(Schedules schedules) {
            return new SnoozeEvent(eventId(schedules), duration);
        }

        @Override
        String details(KioskCommand command) {
            return " for " + duration.toMinutes() + " min";
        }
    }

    @Command(
            name = "confirm",
            mixinStandardHelpOptions = true,
            description = "Confirms that the car park is clear for an event.")
    static final class Confirm extends OnEvent {
        @Override
        KioskCommand command(Schedules schedules) {
            return new ConfirmClear(eventId(schedules));
        }
    }

    @Command(
            name = "mute",
            mixinStandardHelpOptions = true,
            description = "Mutes an event (it never lights the relay), or unmutes it.")
    static final class Mute extends OnEvent {
        @Option(names = "--unmute", description = "Unmute the event instead.")
        boolean unmute;

        @Option(
                names = "--reason",
                paramLabel = "TEXT",
                description = "Why (required to mute: muting silences a match; the lobby reads it as a notice).")
        String reason;

        @Override
        KioskCommand command(Schedules schedules) {
            return new MuteEvent(eventId(schedules), !unmute, Optional.ofNullable(reason));
        }
    }

    @Command(
            name = "retime",
            mixinStandardHelpOptions = true,
            description = "Moves one alert of an event to another time.")
    static final class Retime extends OnEvent {
        @Option(
                names = "--alert",
                required = true,
                paramLabel = "ALERT",
                description = "The alert: its id, the part after the event's id (light), or its kind (WARNING).")
        String alert;

        @Option(
                names = "--at",
                required = true,
                paramLabel = "TIME",
                description = "When: \"2026-12-06 15:45\", or 15:45 on the event's day.")
        String at;

        @Option(
                names = "--reason",
                paramLabel = "TEXT",
                description =
                        "Why (required past the car-park deadline, which silences the match; the lobby reads it).")
        String reason;

        @Override
        KioskCommand command(Schedules schedules) {
            var picked = schedules.event(event);
            var alertEntry = EventPicker.alert(picked, alert);
            return new RetimeAlert(
                    new AlertId(alertEntry.id()),
                    OperatorTime.at(at, picked.date(), zone),
                    Optional.ofNullable(reason));
        }

        @Override
        String details(KioskCommand command) {
            var retime = (RetimeAlert) command;
            return ": " + retime.alertId() + " at " + WHEN.format(retime.dueAt().atZone(zone));
        }
    }

    @Command(name = "add-alert", mixinStandardHelpOptions = true, description = "Adds an alert to an event.")
    static final class AddAlert extends OnEvent {
        @Option(
                names = "--at",
                required = true,
                paramLabel = "TIME",
                description = "When: \"2026-12-06 15:45\", or 15:45 on the event's day.")
        String at;

        @Option(
                names = "--kind",
                defaultValue = "WARNING",
                paramLabel = "KIND",
                description = "NOTICE (on screen), WARNING (the light) or OVERDUE (default: ${DEFAULT-VALUE}).")
        AlertKind kind;

        @Override
        KioskCommand command(Schedules schedules) {
            var picked = schedules.event(event);
            var dueAt = OperatorTime.at(at, picked.date(), zone);
            var alertId = new AlertId(picked.id() + "/remote-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(dueAt.atZone(zone)));
            return new be.ghelamcoalert.core.model.command.AddAlert(new EventId(picked.id()), alertId, kind, dueAt);
        }

        @Override
        String details(KioskCommand command) {
            var add = (be.ghelamcoalert.core.model.command.AddAlert) command;
            return ": " + add.kind() + " at " + WHEN.format(add.dueAt().atZone(zone));
        }
    }

    /** The commands for the whole kiosk, no event named. */
    abstract static class OnKiosk extends JobSender {
        @Override
        String describe(KioskCommand command, Schedules schedules) {
            return command.operation() + " on " + target.asJobTarget().label();
        }
    }

    @Command(
            name = "refresh",
            mixinStandardHelpOptions = true,
            description = "Makes the kiosk read its fixture sources now.")
    static final class Refresh extends OnKiosk {
        @Override
        KioskCommand command(Schedules schedules) {
            return new RefreshFixtures();
        }
    }

    @Command(name = "light-test", mixinStandardHelpOptions = true, description = "Switches the light on for a moment.")
    static final class LightTest extends OnKiosk {
        @Option(
                names = "--for",
                paramLabel = "DURATION",
                converter = OperatorDuration.class,
                description = "How long (at most 2 min; default: the kiosk's setting).")
        Optional<Duration> duration;

        @Override
        KioskCommand command(Schedules schedules) {
            return duration.map(RunLightTest::lasting).orElseGet(RunLightTest::configured);
        }
    }
}
