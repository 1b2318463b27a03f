package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.fixtures.Pause;
import be.ghelamcoalert.adapter.fixtures.SelectorProbe;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.FixtureSourceConfig;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.fixtures.Fixture;
import be.ghelamcoalert.core.model.fixtures.FixtureState;
import be.ghelamcoalert.core.model.fixtures.SourceUnavailableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fixtures probe URL}: suggests the row and field selectors of a new source, best first,
 * each as the source entry to paste into fixtures.yaml and the rows it reads. Exit 0 with
 * suggestions, 1 when nothing on the page looks like our club's matches, 4 when it cannot be fetched.
 */
@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        description =
                "Fetches a page or JSON feed and suggests row and field selectors, with the rows each would read.")
final class FixturesProbeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The page or feed (http, https or file).")
    String url;

    @Option(
            names = "--config",
            description = "The fixture configuration, for our club's names, venues and the fetch limits"
                    + " (default: ${DEFAULT-VALUE}, if it exists).",
            defaultValue = "kiosk-config/fixtures.yaml")
    Path configFile;

    @Option(
            names = "--kiosk-config",
            description = "The kiosk configuration, for the venue's time zone"
                    + " (default: ${DEFAULT-VALUE}, if it exists).",
            defaultValue = "kiosk-config/kiosk.yaml")
    Path kioskConfigFile;

    @Option(
            names = "--javascript",
            description = "Run the page's scripts first (until --wait-for matches, or until they are idle).")
    boolean javascript;

    @Option(names = "--wait-for", description = "With --javascript: an XPath that must match before the page is read.")
    Optional<String> waitFor;

    @Option(
            names = "--script-time",
            description = "With --javascript: the most the scripts may take (default: ${DEFAULT-VALUE}).",
            defaultValue = "PT20S")
    Duration scriptTime;

    @Option(
            names = "--suggestions",
            description = "How many suggestions to print (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int suggestions;

    @Option(
            names = "--rows",
            description = "How many rows of each suggestion to print (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int rows;

    @Option(names = "--json", description = "One JSON object per suggestion.")
    boolean json;

    @Override
    public Integer call() {
        var loader = ConfigLoader.fromSystemEnvironment();
        var config = Files.exists(configFile)
                ? loader.load(configFile, FixtureConfig.class)
                : new FixtureConfig(null, null, null, null, null);
        var zone = (Files.exists(kioskConfigFile) ? loader.load(kioskConfigFile) : KioskConfig.defaults())
                .deadlines()
                .zone();
        var where = url.matches("(?i)(https?|file):.*")
                ? url
                : Path.of(url).toAbsolutePath().toUri().toString();
        var out = spec.commandLine().getOut();
        try (var web = new SourceWebClient(config.http(), Pause.sleeping())) {
            var scripts = javascript
                    ? Optional.of(new SourceWebClient.Scripts(waitFor.orElse(""), scriptTime))
                    : Optional.<SourceWebClient.Scripts>empty();
            var found =
                    new SelectorProbe(web, config.ourClub().venue(), Clock.system(zone), zone).probe(where, scripts);
            if (found.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("Nothing on " + where + " looks like a list of matches of "
                                + config.ourClub().venue().clubName() + " (rows with a date and the club's name)."
                                + (javascript ? "" : " If the page builds its list with scripts, try --javascript."));
                return ExitCodes.REJECTED;
            }
            for (int i = 0; i < Math.min(suggestions, found.size()); i++) {
                print(out, i + 1, found.get(i));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (SourceUnavailableException e) {
            spec.commandLine().getErr().println("Could not fetch " + where + ": " + e.getMessage());
            return ExitCodes.SOURCE_UNAVAILABLE;
        }
    }

    private void print(PrintWriter out, int rank, SelectorProbe.Suggestion suggestion) {
        var source = suggestion.source();
        var read = suggestion.read();
        var fixtures = read.fixtures().stream().limit(rows).toList();
        if (json) {
            var node = JSON.createObjectNode()
                    .put("type", "suggestion")
                    .put("rank", rank)
                    .put("sourceType", source.type().name())
                    .put("javascript", source.javascript())
                    .put("row", source.row());
            var fields = node.putObject("fields");
            selectors(source).forEach(fields::put);
            node.put("rows", read.rowCount()).put("unreadable", read.problems().size());
            var list = node.putArray("fixtures");
            fixtures.forEach(f -> list.add(fixture(f)));
            out.println(node);
            return;
        }
        out.printf(
                "Suggestion %d: %d rows, %d read, %d unreadable%n",
                rank, read.rowCount(), read.fixtures().size(), read.problems().size());
        out.println("  - name: my-source");
        out.println("    type: " + source.type());
        out.println("    url: " + source.url());
        if (source.javascript()) {
            out.println("    javascript: true");
            out.println("    scriptTime: " + source.scriptTime());
        }
        out.println("    row: " + quoted(source.row()));
        out.println("    fields:");
        selectors(source).forEach((field, selector) -> out.println("      " + field + ": " + quoted(selector)));
        out.println("  reads:");
        fixtures.forEach(f -> out.println("    " + line(f)));
        read.problems().stream().limit(rows).forEach(p -> out.println("    unreadable " + p));
        out.println();
    }

    private static Map<String, String> selectors(FixtureSourceConfig source) {
        var f = source.fields();
        var all = new LinkedHashMap<String, String>();
        List.of(
                        Map.entry("id", Optional.ofNullable(f.id())), Map.entry("date", Optional.ofNullable(f.date())),
                        Map.entry("time", Optional.ofNullable(f.time())),
                                Map.entry("home", Optional.ofNullable(f.home())),
                        Map.entry("away", Optional.ofNullable(f.away())),
                                Map.entry("competition", Optional.ofNullable(f.competition())),
                        Map.entry("venue", Optional.ofNullable(f.venue())),
                                Map.entry("status", Optional.ofNullable(f.status())))
                .forEach(e -> e.getValue().ifPresent(selector -> all.put(e.getKey(), selector)));
        return all;
    }

    private static ObjectNode fixture(Fixture f) {
        var node = JSON.createObjectNode();
        f.sourceId().ifPresent(id -> node.put("id", id));
        f.date().ifPresent(d -> node.put("date", d.toString()));
        node.put("time", f.time().map(Object::toString).orElse("TBC"));
        f.home().ifPresent(h -> node.put("home", h));
        f.away().ifPresent(a -> node.put("away", a));
        f.competition().ifPresent(c -> node.put("competition", c));
        f.venue().ifPresent(v -> node.put("venue", v));
        return node.put("state", f.state().name());
    }

    private static String line(Fixture f) {
        return f.date().map(Object::toString).orElse("no date") + " "
                + f.time().map(Object::toString).orElse("TBC") + "  "
                + f.home().orElse("?") + " - " + f.away().orElse("?")
                + f.competition().map(c -> "  " + c).orElse("")
                + f.venue().map(v -> "  @ " + v).orElse("")
                + (f.state() == FixtureState.SCHEDULED ? "" : "  " + f.state())
                + f.sourceId().map(id -> "  id " + id).orElse("");
    }

    /** A YAML double-quoted string. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
