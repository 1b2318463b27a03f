package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.app.ExitCodes;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code remote events --thing T}: a kiosk's schedule with its alerts' states, as the kiosk last reported it. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = "A kiosk's events of the coming 30 days with their alerts, from its schedule shadow.")
final class EventsCommand extends RemoteSubcommand {

    @Option(
            names = "--thing",
            required = true,
            paramLabel = "THING",
            description = "The kiosk (its AWS IoT thing name).")
    String thing;

    @Option(names = "--lang", paramLabel = "nl|en", description = "The language of the answer (default: the system's).")
    Optional<String> lang;

    @Option(
            names = "--zone",
            defaultValue = "Europe/Brussels",
            description = "The venue's zone for times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Override
    public Integer call() {
        return RemoteCommand.answering(spec, () -> {
            var out = spec.commandLine().getOut();
            try (var aws = remote.open(fleet)) {
                var schedule = remote.schedule(aws, thing);
                var words = new OperatorWords(OperatorWords.language(lang), zone);
                if (schedule.isEmpty()) {
                    spec.commandLine().getErr().println(thing + ": " + words.word("no schedule"));
                    return ExitCodes.REJECTED;
                }
                if (fleet.json) {
                    out.println(remote.scheduleJson().write(schedule.get()));
                } else {
                    print(out, schedule.get(), words);
                }
                return ExitCodes.OK;
            }
        });
    }

    private void print(PrintWriter out, ScheduleReport schedule, OperatorWords words) {
        out.println(thing + " — " + schedule.events().size() + " "
                + words.word("events").formatted(schedule.horizonDays())
                + " (" + words.word("reported") + " " + words.dayAndTime(OffsetDateTime.parse(schedule.reportedAt()))
                + "; "
                + words.word("last good import") + " "
                + (schedule.lastGoodImport().equals(ScheduleReport.NONE)
                        ? words.word("none")
                        : words.dayAndTime(OffsetDateTime.parse(schedule.lastGoodImport())))
                + ")");
        for (var event : schedule.events()) {
            var kickoff = event.kickoffKnown() ? words.time(OffsetDateTime.parse(event.kickoff())) : words.word("TBC");
            out.println(words.day(event.deadline()) + "  " + event.title() + "  [" + words.word(event.stage()) + "]");
            out.println("    " + words.word("kickoff") + " " + kickoff + ", " + words.word("clear by") + " "
                    + words.time(event.deadline()) + "   id " + event.id());
            for (var alert : event.alerts()) {
                var until = alert.until().map(at -> " " + words.time(at)).orElse("");
                out.println("    " + "%-8s".formatted(alert.kind()) + " " + words.dayAndTime(alert.due()) + "  "
                        + words.word(alert.state()) + until + "   " + alert.id());
            }
        }
        if (schedule.eventsLeftOut() > 0) {
            out.println(words.word("left out").formatted(schedule.eventsLeftOut()));
        }
        out.println(PartsLine.of(schedule, words));
    }
}
