package be.ghelamcoalert.bench;

import static be.ghelamcoalert.testing.FixturePage.Row.match;

import be.ghelamcoalert.adapter.fixtures.HtmlFixtureSource;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.config.FixtureSourceConfig;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.LocalWebServer;
import be.ghelamcoalert.testing.ScriptedFixturePage;
import be.ghelamcoalert.testing.TestSources;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What running a page's scripts costs: one fetch and read of 60 fixtures from a local web server
 * as a plain page, as a page whose script builds the table from inline data, and as a page whose
 * script loads the data with XMLHttpRequest, each through the kiosk's own {@link SourceWebClient}
 * and {@link HtmlFixtureSource} (the page's bytes change every round, so every round is parsed).
 *
 * <pre>bash packaging/run-benchmark.sh ScriptedPageBenchmark [rounds]</pre>
 */
public final class ScriptedPageBenchmark {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ScriptedPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        var clock = Clock.system(BRUSSELS);
        var rows = sixtyRows(LocalDate.now(clock));
        var table = FixturePage.of(rows.toArray(FixturePage.Row[]::new)).table();
        try (var server = new LocalWebServer();
                var web = new SourceWebClient(TestSources.fastHttp(), d -> {})) {
            server.serve("/api/rows.json", 200, "application/json", ScriptedFixturePage.json(rows), Duration.ZERO);
            var scriptTime = Duration.ofSeconds(10);
            var plain = new Case(
                    "plain page",
                    server,
                    "/plain",
                    i -> table + "<!-- " + i + " -->",
                    new HtmlFixtureSource(
                            TestSources.table("plain", server.url("/plain")),
                            server.url("/plain"),
                            web,
                            clock,
                            BRUSSELS),
                    rounds);
            var inline = new Case(
                    "script, inline data",
                    server,
                    "/inline",
                    i -> ScriptedFixturePage.inline(rows) + "<!-- " + i + " -->",
                    source(TestSources.scripted("inline", server.url("/inline"), scriptTime), web, clock),
                    rounds);
            var xhr = new Case(
                    "script, XHR data",
                    server,
                    "/xhr",
                    i -> ScriptedFixturePage.loading("/api/rows.json") + "<!-- " + i + " -->",
                    source(TestSources.scripted("xhr", server.url("/xhr"), scriptTime), web, clock),
                    rounds);
            var cases = List.of(plain, inline, xhr);
            for (var c : cases) {
                System.out.printf("%-20s first fetch %.1f ms, %d fixtures%n", c.name, c.round(-1), c.fixtures);
            }
            for (int i = 0; i < rounds; i++) {
                for (var c : cases) {
                    c.round(i);
                }
            }
            for (int i = 0; i < rounds; i++) {
                for (var c : cases) {
                    c.times[i] = c.round(rounds + i);
                }
            }
            double base = median(plain.times);
            for (var c : cases) {
                System.out.printf(
                        "%-20s median %.2f ms, p90 %.2f ms (median of %d), %.1f x the plain page%n",
                        c.name, median(c.times), percentile(c.times, 0.9), rounds, median(c.times) / base);
            }
        }
    }

    private static HtmlFixtureSource source(FixtureSourceConfig config, SourceWebClient web, Clock clock) {
        return new HtmlFixtureSource(config, config.url(), web, clock, BRUSSELS);
    }

    private static final class Case {
        final String name;
        final LocalWebServer server;
        final String path;
        final IntFunction<String> body;
        final HtmlFixtureSource source;
        final double[] times;
        int fixtures;

        Case(
                String name,
                LocalWebServer server,
                String path,
                IntFunction<String> body,
                HtmlFixtureSource source,
                int rounds) {
            this.name = name;
            this.times = new double[rounds];
            this.server = server;
            this.path = path;
            this.body = body;
            this.source = source;
        }

        double round(int i) throws Exception {
            server.html(path, body.apply(i));
            long start = System.nanoTime();
            var page = source.fetch();
            double millis = (System.nanoTime() - start) / 1e6;
            fixtures = page.fixtures().size();
            if (fixtures != 60) {
                throw new IllegalStateException(name + " read " + fixtures + " fixtures, not 60: " + page.problems());
            }
            return millis;
        }
    }

    private static List<FixturePage.Row> sixtyRows(LocalDate today) {
        var rows = new ArrayList<FixturePage.Row>();
        for (int i = 0; i < 60; i++) {
            var date = today.plusDays(3 + i * 4L);
            rows.add(
                    i % 2 == 0
                            ? match(
                                    date.toString(),
                                    i % 5 == 0 ? "nog te bepalen" : "20u45",
                                    "KAA Gent",
                                    "Opponent " + i,
                                    "Jupiler Pro League",
                                    "Planet Group Arena")
                            : match(
                                    date.toString(),
                                    "18:30",
                                    "Opponent " + i,
                                    "KAA Gent",
                                    "Jupiler Pro League",
                                    "Stadion " + i));
        }
        return rows;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double share) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(share * (sorted.length - 1)))];
    }
}
