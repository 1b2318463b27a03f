package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.UpdateCustomEvent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code remote} commands for custom events and the kiosk's settings. */
final class EventJobCommands {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private EventJobCommands() {}

    @Command(
            name = "create-event",
            mixinStandardHelpOptions = true,
            description = "Adds a custom event (a concert, a seminar).")
    static final class Create extends JobCommands.OnKiosk {
        @Option(
                names = "--title",
                required = true,
                paramLabel = "TITLE",
                description = "What it is, as the screen shows it.")
        String title;

        @Option(
                names = "--at",
                required = true,
                paramLabel = "TIME",
                description = "When it starts: \"2026-12-05 19:30\".")
        String at;

        @Option(
                names = "--until",
                paramLabel = "HH:mm",
                description = "When it ends (on the next day when not after the start).")
        Optional<LocalTime> until;

        @Option(names = "--id", paramLabel = "ID", description = "Its id (default: custom-<date>-<title>).")
        Optional<String> id;

        @Override
        KioskCommand command(Schedules schedules) {
            if (at.strip().length() <= 5) {
                throw new IllegalArgumentException("--at needs a date as well: \"2026-12-05 19:30\"");
            }
            var start = OperatorTime.at(at, LocalDate.EPOCH, zone).atZone(zone);
            var eventId = id.orElseGet(() -> "custom-" + DAY.format(start) + "-" + slug(title));
            return new CreateCustomEvent(new EventId(eventId), title, start.toLocalDate(), start.toLocalTime(), until);
        }

        @Override
        String describe(KioskCommand command, Schedules schedules) {
            var create = (CreateCustomEvent) command;
            return command.operation().wireName() + " " + create.title() + " (" + create.date() + " " + create.time()
                    + ") on " + target.asJobTarget().label();
        }

        private static String slug(String text) {
            var slug =
                    text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return slug.length() > 40 ? slug.substring(0, 40) : slug;
        }
    }

    /** A custom event named by id, date or title; match and league events belong to the fixture sources. */
    abstract static class OnCustomEvent extends JobCommands.OnEvent {
        ScheduleReport.EventEntry customEvent(Schedules schedules) {
            var picked = schedules.event(event);
            if (!picked.kind().equals(EventKind.CUSTOM.name())) {
                throw new IllegalArgumentException(picked.title()
                        + " is not a custom event: its source keeps it (mute or retime its alerts instead)");
            }
            return picked;
        }
    }

    @Command(
            name = "update-event",
            mixinStandardHelpOptions = true,
            description = "Changes a custom event. The job replaces it whole: an end time not given again is removed.")
    static final class Update extends OnCustomEvent {
        @Option(names = "--title", paramLabel = "TITLE", description = "Its new title (default: as it is).")
        Optional<String> title;

        @Option(
                names = "--at",
                paramLabel = "TIME",
                description = "Its new start: \"2026-12-05 20:00\", or 20:00 on its day (default: as it is).")
        Optional<String> at;

        @Option(
                names = "--until",
                paramLabel = "HH:mm",
                description = "When it ends (on the next day when not after the start).")
        Optional<LocalTime> until;

        @Override
        KioskCommand command(Schedules schedules) {
            var picked = customEvent(schedules);
            var start = at.map(
                            text -> OperatorTime.at(text, picked.date(), zone).atZone(zone))
                    .orElseGet(() -> OffsetDateTime.parse(picked.kickoff()).atZoneSameInstant(zone));
            return new UpdateCustomEvent(
                    new EventId(picked.id()),
                    title.orElse(picked.title()),
                    start.toLocalDate(),
                    start.toLocalTime(),
                    until);
        }
    }

    @Command(name = "delete-event", mixinStandardHelpOptions = true, description = "Deletes a custom event.")
    static final class Delete extends OnCustomEvent {
        @Override
        KioskCommand command(Schedules schedules) {
            return new DeleteCustomEvent(new EventId(customEvent(schedules).id()));
        }
    }

    @Command(
            name = "change-settings",
            mixinStandardHelpOptions = true,
            description = "Changes the kiosk's language or night mode.")
    static final class Settings extends JobCommands.OnKiosk {
        @Option(names = "--language", paramLabel = "nl|en", description = "The screen's language.")
        Optional<String> language;

        @Option(
                names = "--night",
                paramLabel = "on|off",
                description = "Night mode on or off (with --night-from, --night-until, --night-action).")
        Optional<String> night;

        @Option(
                names = "--night-from",
                defaultValue = "22:00",
                paramLabel = "HH:mm",
                description = "Night from (default: ${DEFAULT-VALUE}).")
        LocalTime nightFrom;

        @Option(
                names = "--night-until",
                defaultValue = "06:00",
                paramLabel = "HH:mm",
                description = "Night until (default: ${DEFAULT-VALUE}).")
        LocalTime nightUntil;

        @Option(
                names = "--night-action",
                defaultValue = "DIM",
                paramLabel = "DIM|BLANK",
                description = "Dim or blank the screen (default: ${DEFAULT-VALUE}).")
        NightSchedule.Action nightAction;

        @Override
        KioskCommand command(Schedules schedules) {
            var nightMode = night.map(onOff -> switch (onOff.strip().toLowerCase(Locale.ROOT)) {
                        case "on" -> true;
                        case "off" -> false;
                        default -> throw new IllegalArgumentException("--night is on or off, not '" + onOff + "'");
                    })
                    .map(enabled -> new NightSchedule(enabled, nightFrom, nightUntil, nightAction));
            return new ChangeSettings(language.map(Language::of), nightMode);
        }
    }
}
