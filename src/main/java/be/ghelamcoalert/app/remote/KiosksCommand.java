package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.Connectivity;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.app.ExitCodes;
import be.ghelamcoalert.core.model.EventStage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code remote kiosks [--group G]}: every kiosk, online or not, its version, its health and its next deadline. */
@Command(
        name = "kiosks",
        mixinStandardHelpOptions = true,
        description = "Every kiosk (of a thing group): online or offline, version, health and next deadline.")
final class KiosksCommand extends RemoteSubcommand {
    private static final EnumSet<EventStage> BEHIND_US =
            EnumSet.of(EventStage.FINISHED, EventStage.CALLED_OFF, EventStage.CLEARED);

    @Option(names = "--group", paramLabel = "GROUP", description = "Only the kiosks of this thing group.")
    Optional<String> group;

    @Option(names = "--lang", paramLabel = "nl|en", description = "The language of the answer (default: the system's).")
    Optional<String> lang;

    @Option(
            names = "--zone",
            defaultValue = "Europe/Brussels",
            description = "The venue's zone for times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    /** One kiosk as the overview shows it. */
    record Kiosk(String thing, Optional<Connectivity> connectivity, Optional<ScheduleReport> schedule) {
        Optional<ScheduleReport.EventEntry> nextDeadline() {
            return schedule.flatMap(s -> s.events().stream()
                    .filter(e ->
                            BEHIND_US.stream().noneMatch(stage -> stage.name().equals(e.stage())))
                    .findFirst());
        }
    }

    @Override
    public Integer call() {
        return RemoteCommand.answering(spec, () -> {
            var out = spec.commandLine().getOut();
            var words = new OperatorWords(OperatorWords.language(lang), zone);
            try (var aws = remote.open(fleet)) {
                var kiosks = aws.things(group).stream()
                        .map(thing -> new Kiosk(thing, aws.connectivity(thing), remote.schedule(aws, thing)))
                        .toList();
                if (fleet.json) {
                    out.println(json(kiosks));
                    return ExitCodes.OK;
                }
                for (var kiosk : kiosks) {
                    out.println(line(kiosk, words));
                }
                return ExitCodes.OK;
            }
        });
    }

    private static String line(Kiosk kiosk, OperatorWords words) {
        var online = kiosk.connectivity()
                .map(c -> words.word(c.connected() ? "online" : "offline"))
                .orElse(words.word("unknown"));
        if (kiosk.schedule().isEmpty()) {
            return kiosk.thing() + "  " + online + "  " + words.word("no schedule");
        }
        var schedule = kiosk.schedule().get();
        var next = kiosk.nextDeadline()
                .map(e -> words.word("next deadline") + " " + words.dayAndTime(e.deadline()) + " " + e.title() + " ["
                        + words.word(e.stage()) + "]")
                .orElse(words.word("next deadline") + " " + words.word("none"));
        return kiosk.thing() + "  " + online + "  " + schedule.appVersion() + "  " + PartsLine.of(schedule, words)
                + "  " + next;
    }

    private String json(java.util.List<Kiosk> kiosks) throws Exception {
        var mapper = new ObjectMapper();
        var array = mapper.createArrayNode();
        for (var kiosk : kiosks) {
            var node = array.addObject().put("thing", kiosk.thing());
            kiosk.connectivity()
                    .ifPresentOrElse(
                            c -> {
                                node.put("connected", c.connected());
                                c.since().ifPresent(since -> node.put("since", since.toString()));
                                node.put("disconnectReason", c.disconnectReason());
                            },
                            () -> node.putNull("connected"));
            kiosk.schedule().ifPresent(s -> {
                node.put("appVersion", s.appVersion());
                node.set("parts", mapper.valueToTree(s.parts()));
                node.put("lastGoodImport", s.lastGoodImport());
            });
            kiosk.nextDeadline()
                    .ifPresent(e -> node.putObject("nextDeadline")
                            .put("eventId", e.id())
                            .put("title", e.title())
                            .put("deadline", e.deadline().toString())
                            .put("stage", e.stage()));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }
}
