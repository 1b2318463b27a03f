package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.fixtures.FixtureSources;
import be.ghelamcoalert.adapter.fixtures.Pause;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.config.ConfigException;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.FixtureSourceConfig;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.fixtures.FixtureChange;
import be.ghelamcoalert.core.model.fixtures.FixtureReconciler.Identified;
import be.ghelamcoalert.core.model.fixtures.SourceHealth;
import be.ghelamcoalert.core.port.FixtureSource;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.FixtureImportReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The operator's view of the fixture import: what the sources list (with --json one object per
 * line: every match with the id of its own event and how it was recognised, see the README's
 * "How a match is recognised"), and what an import changes. Exit 0 when all sources were read, 3 when one was
 * quarantined, 4 when one could not be reached, 2 on a bad configuration.
 */
@Command(
        name = "fixtures",
        mixinStandardHelpOptions = true,
        subcommands = FixturesProbeCommand.class,
        description =
                "Reads the fixture sources, prints the fixtures and what an import changes (or would, with --dry-run).")
final class FixturesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Spec
    CommandSpec spec;

    /** Required, checked when this command runs: picocli would ask for it before 'fixtures probe' too. */
    @Option(names = "--config", description = "The fixture configuration (kiosk-config/fixtures.yaml).")
    Path configFile;

    @Option(
            names = "--source",
            description = "Read this file or URL instead of the configured sources, with the first "
                    + "configured source of its kind (.ics: ICAL, .json: JSON, else HTML).")
    Optional<String> source;

    @Option(names = "--dry-run", description = "Show what an import would change; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(
            names = "--kiosk-config",
            description = "The kiosk configuration, for deadlines and the data directory "
                    + "(default: ${DEFAULT-VALUE}, if it exists).",
            defaultValue = "kiosk-config/kiosk.yaml")
    Path kioskConfigFile;

    @Option(names = "--data-dir", description = "The kiosk's data directory (default: from the kiosk configuration).")
    Optional<Path> dataDirectory;

    @Override
    public Integer call() {
        if (configFile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--config=<configFile>'");
        }
        var loader = ConfigLoader.fromSystemEnvironment();
        var config = loader.load(configFile, FixtureConfig.class);
        var kioskConfig = Files.exists(kioskConfigFile) ? loader.load(kioskConfigFile) : KioskConfig.defaults();
        var zone = kioskConfig.deadlines().zone();
        var clock = Clock.system(zone);
        var directory = dataDirectory.orElseGet(() -> DataDirectory.of(kioskConfig, false));
        try (var web = new SourceWebClient(config.http(), Pause.sleeping());
                var kiosk = Kiosk.open(kioskConfig, clock, directory)) {
            var sources = sources(config, web, clock, zone);
            var service = FixtureWiring.service(kiosk, config, sources, MetricsRecorder.none());
            var actor = new Actor(Actor.Kind.OPERATOR, "fixtures command");
            var report = dryRun ? service.dryRun(actor) : service.run(actor);
            if (!dryRun) {
                // The kiosk's screen did not see this import: its start picture may show what changed.
                DataDirectory.startPictures(directory).discard();
            }
            print(report, zone);
            if (report.anyQuarantined()) {
                return ExitCodes.QUARANTINED;
            }
            return report.anyFailed() ? ExitCodes.SOURCE_UNAVAILABLE : ExitCodes.OK;
        }
    }

    private List<FixtureSource> sources(FixtureConfig config, SourceWebClient web, Clock clock, ZoneId zone) {
        if (source.isEmpty()) {
            if (config.sources().isEmpty()) {
                throw new ConfigException(configFile, "sources", "no source is configured");
            }
            return FixtureSources.of(config, web, clock, zone);
        }
        var where = source.get();
        var lower = where.toLowerCase(Locale.ROOT);
        var type = lower.endsWith(".ics")
                ? FixtureSourceConfig.Type.ICAL
                : lower.endsWith(".json") ? FixtureSourceConfig.Type.JSON : FixtureSourceConfig.Type.HTML;
        var template = config.sources().stream()
                .filter(s -> s.type() == type)
                .findFirst()
                .orElseThrow(() -> new ConfigException(
                        configFile, "sources", "no " + type + " source is configured to read " + where + " with"));
        var url = where.matches("(?i)(https?|file):.*")
                ? where
                : Path.of(where).toAbsolutePath().toUri().toString();
        return List.of(FixtureSources.of(template, url, web, clock, zone));
    }

    private void print(FixtureImportReport report, ZoneId zone) {
        var out = spec.commandLine().getOut();
        report.listed().forEach(item -> line(out, fixture(item, zone)));
        report.changes().forEach(change -> line(out, change(change)));
        report.ignored()
                .forEach(why ->
                        line(out, JSON.createObjectNode().put("type", "ignored").put("reason", why)));
        report.sources().forEach(health -> line(out, health(health)));
        if (!json) {
            out.println(report.summary());
        }
        out.flush();
    }

    private void line(PrintWriter out, ObjectNode node) {
        out.println(json ? node.toString() : human(node));
    }

    private static ObjectNode fixture(Identified item, ZoneId zone) {
        var f = item.fixture();
        var node = JSON.createObjectNode()
                .put("type", "fixture")
                .put("id", item.id().value())
                .put("recognisedBy", item.recognition().name());
        if (f.date().isPresent() && f.time().isPresent()) {
            node.put(
                    "start",
                    ISO_WITH_OFFSET.format(
                            ZonedDateTime.of(f.date().get(), f.time().get(), zone)));
        } else {
            f.date().ifPresentOrElse(d -> node.put("date", d.toString()), () -> node.putNull("date"));
            node.put("time", "TBC");
        }
        node.put("title", f.displayTitle());
        putOrNull(node, "home", f.home());
        putOrNull(node, "away", f.away());
        putOrNull(node, "competition", f.competition());
        putOrNull(node, "venue", f.venue());
        node.put("atOurVenue", item.atOurVenue());
        node.put("state", f.state().name());
        node.put("source", f.source());
        putOrNull(node, "sourceId", f.sourceId());
        return node;
    }

    private static ObjectNode change(FixtureChange change) {
        var node = JSON.createObjectNode()
                .put("type", "change")
                .put("action", change.type().name())
                .put("id", change.after().id().value())
                .put("title", change.after().title())
                .put("detail", change.detail())
                .put("source", change.source());
        change.notice().ifPresent(notice -> node.put("notice", notice.english()));
        return node;
    }

    private static ObjectNode health(SourceHealth health) {
        var node = JSON.createObjectNode()
                .put("type", "source")
                .put("source", health.source())
                .put("health", health.health().name())
                .put("reason", health.reason());
        health.lastGood().ifPresentOrElse(at -> node.put("lastGood", at.toString()), () -> node.putNull("lastGood"));
        return node;
    }

    private static void putOrNull(ObjectNode node, String field, Optional<String> value) {
        value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
    }

    /** A readable line: the values of the object, the type first. */
    private static String human(ObjectNode node) {
        var parts = new StringBuilder();
        node.properties().forEach(entry -> {
            if (!entry.getValue().isNull()) {
                parts.append(parts.isEmpty() ? "" : "  ")
                        .append(entry.getKey().equals("type") ? "" : entry.getKey() + "=")
                        .append(entry.getValue().asText());
            }
        });
        return parts.toString();
    }
}
