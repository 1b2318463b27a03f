package be.ghelamcoalert.bench;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TestMqttClient;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remote command latency on a real TLS Mosquitto: from the job's next-job notification to its
 * effect in H2 and the SUCCEEDED status at the Jobs service double, one job at a time, compared
 * with a raw MQTT publish → subscriber → publish-back round trip on the same broker.
 *
 * <pre>bash packaging/run-benchmark.sh JobRoundTripBenchmark [jobs]</pre>
 */
public final class JobRoundTripBenchmark {
    private static final String THING = "bench-kiosk";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var dir = Files.createTempDirectory("job-bench");
        var pki = TestCertificates.create(dir.resolve("pki"));
        try (var broker = TlsBroker.start(dir.resolve("broker"), pki);
                var service = new FakeJobsService(THING, broker, pki);
                var kiosk = new DeviceUnderTest(dir.resolve("data"), new MutableClock(NOW, DeviceUnderTest.ZONE))) {
            kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
            waitUntil(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
            runJob(service, "setup", """
                    {"version": 1, "operation": "create-event", "id": "bench", "title": "Bench", "start": "2026-12-01T20:00:00+01:00"}""");

            for (int i = 0; i < 20; i++) {
                runJob(service, "warm-" + i, mute(i));
            }
            var jobTimes = new ArrayList<Long>();
            for (int i = 0; i < jobs; i++) {
                jobTimes.add(runJob(service, "job-" + i, mute(i)));
            }
            var rawTimes = rawRoundTrips(broker, pki, jobs);

            report("job notification -> effect -> SUCCEEDED", jobTimes);
            report("raw publish/subscribe round trip", rawTimes);
            System.out.printf(
                    "ratio p50 %.1fx, p99 %.1fx (target <= 5x)%n",
                    (double) percentile(jobTimes, 50) / percentile(rawTimes, 50),
                    (double) percentile(jobTimes, 99) / percentile(rawTimes, 99));
        }
    }

    private static String mute(int i) {
        return """
                {"version": 1, "operation": "mute", "eventId": "bench", "muted": %s, "reason": "bench"}""".formatted(i % 2 == 0);
    }

    /** Queues the job (the double notifies at once) and waits for its SUCCEEDED: nanoseconds. */
    private static long runJob(FakeJobsService service, String jobId, String document) {
        var start = System.nanoTime();
        service.createJob(jobId, document);
        waitUntil(() -> service.execution(jobId).status().equals("SUCCEEDED"));
        var done = service.updates().stream()
                .filter(u -> u.jobId().equals(jobId) && u.answered())
                .findFirst()
                .orElseThrow();
        return done.nanoTime() - start;
    }

    private static List<Long> rawRoundTrips(TlsBroker broker, TestCertificates pki, int count) throws Exception {
        var pending = new AtomicReference<CompletableFuture<Long>>();
        try (var echo = new TestMqttClient("bench-echo", broker, pki, List.of("bench/ping"), (topic, payload) -> {});
                var pinger = new TestMqttClient(
                        "bench-ping",
                        broker,
                        pki,
                        List.of("bench/pong"),
                        (topic, payload) -> pending.get().complete(System.nanoTime()))) {
            echo.awaitSubscribed();
            pinger.awaitSubscribed();
            try (var replier = new TestMqttClient(
                    "bench-reply",
                    broker,
                    pki,
                    List.of("bench/ping"),
                    (topic, payload) -> echo.publish("bench/pong", payload))) {
                replier.awaitSubscribed();
                var times = new ArrayList<Long>();
                for (int i = 0; i < count + 20; i++) {
                    var future = new CompletableFuture<Long>();
                    pending.set(future);
                    var start = System.nanoTime();
                    pinger.publish("bench/ping", "ping " + i);
                    var end = future.get(10, TimeUnit.SECONDS);
                    if (i >= 20) {
                        times.add(end - start);
                    }
                }
                return times;
            }
        }
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf(
                "%-42s n=%d p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                what,
                nanos.size(),
                percentile(nanos, 50) / 1e6,
                percentile(nanos, 99) / 1e6,
                nanos.stream().max(Comparator.naturalOrder()).orElseThrow() / 1e6);
    }

    private static long percentile(List<Long> values, int percent) {
        var sorted = values.stream().sorted().toList();
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(1))
                .pollDelay(java.time.Duration.ZERO)
                .until(condition::getAsBoolean);
    }
}
