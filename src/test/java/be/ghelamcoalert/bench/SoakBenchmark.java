package be.ghelamcoalert.bench;

import static be.ghelamcoalert.testing.FixturePage.Row.match;

import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.testing.DeployedKiosk;
import be.ghelamcoalert.testing.DutchFixtureText;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IotYaml;
import be.ghelamcoalert.testing.LocalWebServer;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The kiosk as the Pi's unit starts it ({@link DeployedKiosk}), run for {@code minutes} (default
 * 30) under load: an import every 10 s (a {@code refresh-fixtures} job every tenth second; the
 * schedule's own floor is PT5M, used too) from a club page on a local server whose home match
 * moves its kickoff every 3 minutes, a remote job every second through a real Mosquitto with
 * mutual TLS and the AWS IoT Jobs double, and the light blinking for that home match's overdue
 * alert (deadline just passed, kickoff ahead) and for light tests. Every minute it samples the
 * kiosk's JVM ({@link ProcessSample}: RSS, live heap after a full GC, threads, descriptors) and prints a row; at the end the trend from minute 5 on
 * ({@link Trend}) and which threads and descriptors changed in number ({@link ResourceCensus}).
 * Target after minute 5: RSS ≤ 5 MB up, no thread and no descriptor more.
 *
 * <pre>bash packaging/run-benchmark.sh SoakBenchmark [minutes]</pre>
 */
public final class SoakBenchmark {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String THING = "soak-lobby";
    private static final int BASELINE_MINUTE = 5;
    private static final Duration KICKOFF_MOVES_EVERY = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        if (minutes <= BASELINE_MINUTE) {
            throw new IllegalArgumentException(
                    "a soak runs longer than its " + BASELINE_MINUTE + " minutes of warm-up, not " + minutes);
        }
        var root = Files.createTempDirectory("soak");
        System.out.printf("Soak for %d minutes in %s%n", minutes, root);
        var layout = DeployedKiosk.install(root.resolve("pi"));
        var pki = TestCertificates.create(root.resolve("pki"));
        var clock = Clock.systemUTC();
        try (var web = new LocalWebServer();
                var broker = TlsBroker.start(root.resolve("broker"), pki);
                var jobs = new FakeJobsService(THING, broker, pki)) {
            var page = new MovingHomeMatch(web, "/club", ZonedDateTime.now(clock.withZone(BRUSSELS)));
            configure(layout, web.url("/club"), broker, pki);
            try (var kiosk = DeployedKiosk.start(layout, Map.of())) {
                kiosk.awaitLine(Pattern.compile("Alarm engine started"), START_TIMEOUT);
                kiosk.awaitLine(Pattern.compile("Fixture import done: 1 change"), START_TIMEOUT);
                kiosk.awaitLine(Pattern.compile("Connected to AWS IoT"), START_TIMEOUT);
                kiosk.awaitLine(Pattern.compile("Light (start-up restore: )?on \\("), START_TIMEOUT);
                var samples = soak(kiosk, jobs, page, web, new SoakJobs(clock, BRUSSELS), minutes);
                report(samples.samples(), samples.atBaseline(), ResourceCensus.of(kiosk.pid()));
                System.out.printf("Stopped with SIGTERM: exit %d (143 expected)%n", kiosk.stop(Duration.ofSeconds(30)));
            }
        }
    }

    private record Soaked(List<ProcessSample> samples, ResourceCensus atBaseline) {}

    /** Runs the load and takes a sample at the end of every minute. */
    private static Soaked soak(
            DeployedKiosk kiosk,
            FakeJobsService jobs,
            MovingHomeMatch page,
            LocalWebServer web,
            SoakJobs soakJobs,
            int minutes)
            throws InterruptedException {
        var sent = new CopyOnWriteArrayList<SoakJobs.Job>();
        var load = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("soak-load").daemon().factory());
        load.scheduleAtFixedRate(
                () -> {
                    try {
                        var job = soakJobs.next();
                        jobs.createJob(job.id(), job.document());
                        sent.add(job);
                    } catch (RuntimeException e) {
                        e.printStackTrace(); // shown, and the next second's job still goes out
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        load.scheduleAtFixedRate(
                page::moveKickoff, KICKOFF_MOVES_EVERY.toSeconds(), KICKOFF_MOVES_EVERY.toSeconds(), TimeUnit.SECONDS);
        var samples = new ArrayList<ProcessSample>();
        ResourceCensus atBaseline = null;
        System.out.println(
                "minute  RSS MB  live heap MB  threads  fds  jobs sent  done  not succeeded  page hits  light lines");
        long start = System.nanoTime();
        try {
            for (int minute = 1; minute <= minutes; minute++) {
                TimeUnit.NANOSECONDS.sleep(start + TimeUnit.MINUTES.toNanos(minute) - System.nanoTime());
                if (!kiosk.alive()) {
                    throw new IllegalStateException("The kiosk ended in minute " + minute + ":\n" + kiosk.log());
                }
                var sample = ProcessSample.of(kiosk.pid());
                samples.add(sample);
                if (minute == BASELINE_MINUTE) {
                    atBaseline = ResourceCensus.of(kiosk.pid());
                }
                var finished = sent.stream()
                        .map(job -> jobs.execution(job.id()).status())
                        .filter(SoakBenchmark::finished)
                        .toList();
                System.out.printf(
                        "%6d  %6.1f  %12.1f  %7d  %3d  %9d  %4d  %13d  %9d  %11d%n",
                        minute,
                        sample.rssKb() / 1024.0,
                        sample.liveHeapKb() / 1024.0,
                        sample.threads(),
                        sample.descriptors(),
                        sent.size(),
                        finished.size(),
                        finished.stream().filter(s -> !s.equals("SUCCEEDED")).count(),
                        web.hits("/club"),
                        kiosk.lines().stream()
                                .filter(line -> line.contains(" Light "))
                                .count());
            }
        } finally {
            load.shutdownNow();
        }
        printFailures(jobs, sent);
        return new Soaked(samples, atBaseline);
    }

    /** Whether a job execution reached a final status (SUCCEEDED, REJECTED, FAILED, ...). */
    private static boolean finished(String status) {
        return !status.equals("QUEUED") && !status.equals("IN_PROGRESS");
    }

    /** The first ten jobs that finished other than SUCCEEDED, with what the kiosk reported. */
    private static void printFailures(FakeJobsService jobs, List<SoakJobs.Job> sent) {
        sent.stream()
                .filter(job -> finished(jobs.execution(job.id()).status())
                        && !jobs.execution(job.id()).status().equals("SUCCEEDED"))
                .limit(10)
                .forEach(job -> System.out.printf(
                        "  %s %s: %s %s%n",
                        job.id(),
                        job.operation(),
                        jobs.execution(job.id()).status(),
                        jobs.updates().stream()
                                .filter(u -> u.jobId().equals(job.id()))
                                .map(u -> u.details().toString())
                                .toList()));
    }

    private static void report(List<ProcessSample> samples, ResourceCensus atBaseline, ResourceCensus atEnd) {
        System.out.printf(
                "Trend from minute %d to minute %d (last minus minute %d; least-squares slope per 10 min):%n",
                BASELINE_MINUTE, samples.size(), BASELINE_MINUTE);
        trend(samples, "RSS MB", s -> s.rssKb() / 1024.0);
        trend(samples, "live heap MB", s -> s.liveHeapKb() / 1024.0);
        trend(samples, "threads", ProcessSample::threads);
        trend(samples, "descriptors", ProcessSample::descriptors);
        var changes = atEnd.changesSince(atBaseline);
        System.out.println("Threads and descriptors by kind, changed since minute " + BASELINE_MINUTE + ":"
                + (changes.isEmpty() ? " none" : "\n" + changes));
        System.out.println("Live heap by class, the most grown since minute " + BASELINE_MINUTE + ":\n"
                + atEnd.heapGrowthSince(atBaseline));
    }

    private static void trend(List<ProcessSample> samples, String what, ToDoubleFunction<ProcessSample> value) {
        var trend = Trend.of(samples.stream().map(value::applyAsDouble).toList(), BASELINE_MINUTE);
        System.out.printf("  %-17s %+8.2f  slope %+7.2f / 10 min%n", what, trend.change(), trend.slopePer10Min());
    }

    /**
     * The copied configuration: the fixture source on the local page with the smallest schedule
     * the config accepts (PT5M, no jitter), and the cloud on the local broker with mutual TLS.
     */
    private static void configure(DeployedKiosk.Layout layout, String url, TlsBroker broker, TestCertificates pki)
            throws Exception {
        var fixtures = layout.etc().resolve("fixtures.yaml");
        Files.writeString(
                fixtures,
                replace(
                        replace(
                                replace(
                                        Files.readString(fixtures),
                                        "url: https://www.kaagent.be/nl/wedstrijden",
                                        "url: " + url),
                                "every: PT1H",
                                "every: PT5M"),
                        "jitter: PT5M",
                        "jitter: PT0S"));
        var client = pki.client(THING, "ca");
        Files.writeString(
                layout.etc().resolve("kiosk.yaml"),
                IotYaml.section(
                        "localhost",
                        broker.port(),
                        THING,
                        client.certificate(),
                        client.privateKey(),
                        pki.caCertificate()),
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static String replace(String text, String shipped, String soak) {
        if (!text.contains(shipped)) {
            throw new IllegalStateException("the shipped fixtures.yaml no longer has '" + shipped + "'");
        }
        return text.replace(shipped, soak);
    }

    /**
     * The club's page: a home match whose car-park deadline has just passed (its overdue alert
     * blinks the light) and an away match; the home match's kickoff moves 5 minutes back and
     * forth, its deadline always passed and its kickoff always ahead.
     */
    static final class MovingHomeMatch {
        private final LocalWebServer web;
        private final String path;
        private final ZonedDateTime kickoff;
        private boolean moved;

        MovingHomeMatch(LocalWebServer web, String path, ZonedDateTime now) {
            this.web = web;
            this.path = path;
            this.kickoff = now.plusHours(3).truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
            publish(kickoff);
        }

        void moveKickoff() {
            moved = !moved;
            publish(moved ? kickoff.minusMinutes(5) : kickoff);
        }

        private void publish(ZonedDateTime homeKickoff) {
            var away = homeKickoff.plusDays(4);
            web.html(
                    path,
                    FixturePage.of(
                                    match(
                                            DutchFixtureText.date(homeKickoff),
                                            DutchFixtureText.time(homeKickoff),
                                            "KAA Gent",
                                            "Club Brugge",
                                            "Jupiler Pro League",
                                            "Planet Group Arena"),
                                    match(
                                            DutchFixtureText.date(away),
                                            DutchFixtureText.time(away),
                                            "KRC Genk",
                                            "KAA Gent",
                                            "Jupiler Pro League",
                                            "Cegeka Arena"))
                            .table());
        }
    }
}
