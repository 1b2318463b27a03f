package be.ghelamcoalert.bench;

import be.ghelamcoalert.adapter.gpio.Pi4jRelay;
import be.ghelamcoalert.adapter.gpio.RelayPin;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.RemoveAlert;
import be.ghelamcoalert.core.service.AlarmEngine;
import com.pi4j.io.gpio.digital.DigitalState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * How late the relay switches after an alert's due time, on the real engine with the system clock,
 * a real H2 file and Pi4J's mock pin (target: under 100 ms). Each sample adds an OVERDUE alert due
 * 200-400 ms ahead, waits for the pin to go on, then removes the alert. Also measures how long a
 * start takes to restore a lit relay from the database (target: under 1 s).
 *
 * <pre>bash packaging/run-benchmark.sh RelaySwitchLatencyBenchmark [samples=200] [restarts=10]</pre>
 */
public final class RelaySwitchLatencyBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final EventId EVENT = new EventId("custom-benchmark");

    private RelaySwitchLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int restarts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        var dir = Files.createTempDirectory("relay-latency");
        try {
            report("due time -> relay on", switchLatencies(dir.resolve("latency"), samples));
            report("start -> relay restored", restoreTimes(dir.resolve("restore"), restarts));
        } finally {
            deleteRecursively(dir);
        }
    }

    private static List<Duration> switchLatencies(Path dataDir, int samples) throws InterruptedException {
        var clock = Clock.system(ZONE);
        var settings = steadyOverdue();
        try (var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, dataDir)) {
            var relay = kiosk.closeOnStop(Pi4jRelay.simulated(new RelayPin(17, false, Optional.empty())));
            var switchedOnAt = new AtomicReference<Instant>();
            relay.onLevelChange(change -> {
                if (change.state() == DigitalState.HIGH) {
                    switchedOnAt.compareAndSet(null, Instant.now(clock));
                }
            });
            var engine = kiosk.closeOnStop(engine(kiosk, relay, settings));
            engine.start();
            var start = clock.instant().plus(Duration.ofHours(5)).atZone(ZONE);
            kiosk.commands()
                    .execute(
                            new CreateCustomEvent(
                                    EVENT,
                                    "Benchmark",
                                    start.toLocalDate(),
                                    start.toLocalTime().withNano(0),
                                    Optional.empty()),
                            Actor.system("benchmark"));
            var latencies = new ArrayList<Duration>();
            for (int i = 0; i < samples; i++) {
                switchedOnAt.set(null);
                var alert = new AlertId(EVENT.value() + "/bench-" + i);
                var dueAt =
                        clock.instant().plusMillis(ThreadLocalRandom.current().nextLong(200, 400));
                kiosk.commands()
                        .execute(new AddAlert(EVENT, alert, AlertKind.OVERDUE, dueAt), Actor.system("benchmark"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (switchedOnAt.get() == null && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(200_000);
                }
                var on = switchedOnAt.get();
                latencies.add(on == null ? Duration.ofSeconds(3) : Duration.between(dueAt, on));
                kiosk.commands().execute(new RemoveAlert(alert), Actor.system("benchmark"));
                while (relay.pinLevel() == DigitalState.HIGH
                        && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(1)) {
                    LockSupport.parkNanos(200_000);
                }
            }
            return latencies;
        }
    }

    /** Opens the kiosk on a database whose alert is overdue, as after a power cut, and times until the relay is on. */
    private static List<Duration> restoreTimes(Path dataDir, int restarts) {
        var clock = Clock.system(ZONE);
        var settings = steadyOverdue();
        try (var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, dataDir)) {
            var start = clock.instant().plus(Duration.ofHours(5)).atZone(ZONE);
            kiosk.commands()
                    .execute(
                            new CreateCustomEvent(
                                    EVENT,
                                    "Benchmark",
                                    start.toLocalDate(),
                                    start.toLocalTime().withNano(0),
                                    Optional.empty()),
                            Actor.system("benchmark"));
            kiosk.commands()
                    .execute(
                            new AddAlert(
                                    EVENT, new AlertId(EVENT.value() + "/restore"), AlertKind.OVERDUE, clock.instant()),
                            Actor.system("benchmark"));
        }
        var times = new ArrayList<Duration>();
        for (int i = 0; i < restarts; i++) {
            long begin = System.nanoTime();
            try (var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, dataDir)) {
                var relay = kiosk.closeOnStop(Pi4jRelay.simulated(new RelayPin(17, false, Optional.empty())));
                var engine = kiosk.closeOnStop(engine(kiosk, relay, settings));
                engine.start();
                if (relay.pinLevel() != DigitalState.HIGH) {
                    throw new IllegalStateException("the relay was not restored on start " + (i + 1));
                }
                times.add(Duration.ofNanos(System.nanoTime() - begin));
            }
        }
        return times;
    }

    private static AlarmSettings steadyOverdue() {
        return new AlarmSettings(
                new AlarmSettings.RelaySettings(17, false, ""), null, null, null, LightPattern.STEADY, null, null);
    }

    private static AlarmEngine engine(Kiosk kiosk, Pi4jRelay relay, AlarmSettings settings) {
        var engine = new AlarmEngine(
                kiosk.clock(),
                kiosk.database(),
                kiosk.events(),
                kiosk.alerts(),
                kiosk.audit(),
                kiosk.status(),
                kiosk.changes(),
                relay,
                settings.policy(ZONE),
                settings.lightTest());
        kiosk.commands().useLightTester(engine);
        return engine;
    }

    private static void report(String what, List<Duration> samples) {
        var millis = samples.stream()
                .map(d -> d.toNanos() / 1e6)
                .sorted(Comparator.naturalOrder())
                .toList();
        System.out.printf(
                "%-26s n=%d  min=%.1f ms  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
                what,
                millis.size(),
                millis.getFirst(),
                percentile(millis, 50),
                percentile(millis, 90),
                percentile(millis, 99),
                millis.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
