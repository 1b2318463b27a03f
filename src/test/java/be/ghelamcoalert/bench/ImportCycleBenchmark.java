package be.ghelamcoalert.bench;

import static be.ghelamcoalert.testing.FixturePage.Row.match;

import be.ghelamcoalert.adapter.fixtures.FixtureSources;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.app.FixtureWiring;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.LocalWebServer;
import be.ghelamcoalert.testing.TestSources;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/**
 * One fixture import cycle (fetch + parse + reconcile + store) of a 61-row page from a local web
 * server into an H2 file, cold and warm, against a bare HtmlUnit load of the same page.
 * Target: a warm cycle at most 1.5 times the bare load. Two warm cases: the page is unchanged
 * (the usual hourly import: read, checked, nothing to change, health stored) and a kickoff moves
 * on every cycle (parse, reconcile, re-planned alerts, notice and audit in one transaction).
 *
 * <pre>bash packaging/run-benchmark.sh ImportCycleBenchmark [iterations]</pre>
 */
public final class ImportCycleBenchmark {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ImportCycleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var clock = Clock.system(BRUSSELS);
        var page = sixtyRows(LocalDate.now(clock));
        var changed = sixtyRows(LocalDate.now(clock))
                .add(match(
                        LocalDate.now(clock).plusDays(2).toString(),
                        "12:00",
                        "KAA Gent",
                        "Extra",
                        "Oefenwedstrijd",
                        ""));
        page.add(
                match(LocalDate.now(clock).plusDays(2).toString(), "15:00", "KAA Gent", "Extra", "Oefenwedstrijd", ""));
        var dataDirectory = Files.createTempDirectory("import-bench");
        try (var server = new LocalWebServer().html("/club", page.table());
                var bare = bareClient();
                var web = new SourceWebClient(TestSources.fastHttp(), d -> {});
                var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDirectory)) {
            var config = new FixtureConfig(
                    null, null, TestSources.fastHttp(), null, List.of(TestSources.table("club", server.url("/club"))));
            var service = FixtureWiring.service(
                    kiosk, config, FixtureSources.of(config, web, clock, BRUSSELS), MetricsRecorder.none());
            var actor = Actor.system("benchmark");

            double cold = millis(() -> service.run(actor));
            double bareCold = millis(() -> bareLoad(bare, server.url("/club")));
            System.out.printf(
                    "cold: first import cycle %.1f ms (61 rows, %d events created); first bare load %.1f ms%n",
                    cold, kiosk.events().all().size(), bareCold);

            for (int i = 0; i < iterations; i++) {
                service.run(actor);
                bareLoad(bare, server.url("/club"));
            }
            var bareTimes = new double[iterations];
            var cycleTimes = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                bareTimes[i] = millis(() -> bareLoad(bare, server.url("/club")));
                cycleTimes[i] = millis(() -> service.run(actor));
            }
            double bareMedian = median(bareTimes);
            double cycleMedian = median(cycleTimes);
            System.out.printf(
                    "warm, page unchanged (median of %d): bare HtmlUnit load %.2f ms, import cycle %.2f ms, ratio %.2f (target <= 1.5)%n",
                    iterations, bareMedian, cycleMedian, cycleMedian / bareMedian);
            System.out.printf(
                    "warm p90: bare %.2f ms, cycle %.2f ms%n", percentile(bareTimes, 0.9), percentile(cycleTimes, 0.9));

            // Full cycle: the page bytes change trivially (a comment), so the unchanged-page skip
            // does not apply and fetch + parse + reconcile + store all run, with nothing to change.
            var touchedConfig = new FixtureConfig(
                    null,
                    null,
                    TestSources.fastHttp(),
                    null,
                    List.of(TestSources.table("club", server.url("/touched"))));
            var touched = FixtureWiring.service(
                    kiosk,
                    touchedConfig,
                    FixtureSources.of(touchedConfig, web, clock, BRUSSELS),
                    MetricsRecorder.none());
            var fullTimes = new double[iterations];
            var fullBare = new double[iterations];
            for (int i = 0; i < iterations * 2; i++) {
                server.html("/touched", page.table() + "<!-- cycle " + i + " -->");
                int at = i - iterations;
                double bareTime = millis(() -> bareLoad(bare, server.url("/touched")));
                double cycleTime = millis(() -> touched.run(actor));
                if (at >= 0) {
                    fullBare[at] = bareTime;
                    fullTimes[at] = cycleTime;
                }
            }
            System.out.printf(
                    "warm, full cycle, page bytes change, nothing to update (median of %d): bare %.2f ms, import cycle %.2f ms, ratio %.2f (target <= 1.5)%n",
                    iterations, median(fullBare), median(fullTimes), median(fullTimes) / median(fullBare));
            System.out.printf(
                    "full cycle p90: bare %.2f ms, cycle %.2f ms%n",
                    percentile(fullBare, 0.9), percentile(fullTimes, 0.9));

            // Every cycle a kickoff moves: parse, reconcile, re-plan alerts, notice and audit all run.
            var pages = List.of(page.table(), changed.table());
            var movingConfig = new FixtureConfig(
                    null,
                    null,
                    TestSources.fastHttp(),
                    null,
                    List.of(TestSources.table("club", server.url("/moving"))));
            var moving = FixtureWiring.service(
                    kiosk, movingConfig, FixtureSources.of(movingConfig, web, clock, BRUSSELS), MetricsRecorder.none());
            var movingTimes = new double[iterations];
            var movingBare = new double[iterations];
            for (int i = 0; i < iterations * 2; i++) {
                server.html("/moving", pages.get(i % 2));
                int at = i - iterations;
                double bareTime = millis(() -> bareLoad(bare, server.url("/moving")));
                double cycleTime = millis(() -> moving.run(actor));
                if (at >= 0) {
                    movingBare[at] = bareTime;
                    movingTimes[at] = cycleTime;
                }
            }
            System.out.printf(
                    "warm, a kickoff moves every cycle (median of %d): bare %.2f ms, import cycle %.2f ms, ratio %.2f%n",
                    iterations, median(movingBare), median(movingTimes), median(movingTimes) / median(movingBare));
            System.out.printf(
                    "kickoff moves p90: bare %.2f ms, cycle %.2f ms%n",
                    percentile(movingBare, 0.9), percentile(movingTimes, 0.9));
        }
    }

    /** 34 league rounds and 26 cup, friendly and youth rows: 60 rows, about half of them at our venue. */
    private static FixturePage sixtyRows(LocalDate today) {
        var page = new FixturePage();
        for (int i = 0; i < 60; i++) {
            var date = today.plusDays(3 + i * 4L);
            var text = date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
            page.add(
                    i % 2 == 0
                            ? match(
                                    text,
                                    i % 5 == 0 ? "nog te bepalen" : "20u45",
                                    "KAA Gent",
                                    "Opponent " + i,
                                    "Jupiler Pro League",
                                    "Planet Group Arena")
                            : match(text, "18:30", "Opponent " + i, "KAA Gent", "Jupiler Pro League", "Stadion " + i));
        }
        return page;
    }

    private static WebClient bareClient() {
        var client = new WebClient(BrowserVersion.FIREFOX);
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setTimeout(2000);
        client.getCache().setMaxSize(0);
        return client;
    }

    private static Object bareLoad(WebClient client, String url) throws Exception {
        HtmlPage page = client.getPage(url);
        page.cleanUp();
        return page;
    }

    private static double millis(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e6;
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
