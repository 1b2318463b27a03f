package be.ghelamcoalert.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.systemd.NotifySocketAddress;
import be.ghelamcoalert.adapter.systemd.NotifySocketListener;
import be.ghelamcoalert.adapter.systemd.SystemdNotifier;
import be.ghelamcoalert.testing.CapturedLog;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchdog against a real notify socket, as systemd would hear it. The watchdog interval is
 * 900 ms (a check every 450 ms, 300 ms for a probe to answer); every wait is a bounded wait for a
 * datagram, never an assertion on timing.
 */
@IntegrationTest
class WatchdogTest {
    private static final Duration INTERVAL = Duration.ofMillis(900);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String HEALTHY = "STATUS=Healthy: alarm, store";
    private static final String WATCHDOG = "WATCHDOG=1";

    private final MutableClock clock = MutableClock.at("2025-03-01T12:00");
    private final AtomicReference<Instant> lastTick = new AtomicReference<>(clock.instant());
    private final HealthProbe alarm =
            HealthProbe.recentlyTicked("alarm", clock, () -> Optional.of(lastTick.get()), Duration.ofSeconds(5));
    private NotifySocketListener systemd;
    private SystemdNotifier notifier;

    @TempDir
    Path folder;

    @BeforeEach
    void listen() throws IOException {
        systemd = NotifySocketListener.at(folder.resolve("notify"));
        notifier = new SystemdNotifier(NotifySocketAddress.parse(systemd.notifySocket()), Optional.of(INTERVAL), clock);
    }

    @AfterEach
    void stopListening() {
        systemd.close();
    }

    @Test
    void saysReadyOnceThenFeedsTheWatchdogWhileAllIsHealthy() throws IOException {
        try (var watchdog = new Watchdog(clock, notifier, List.of(alarm, HealthProbe.answers("store", () -> 1)))) {
            watchdog.ready();
            watchdog.ready();

            var received = systemd.receiveUntil(nth(3, WATCHDOG::equals), WAIT);

            assertThat(received.getFirst()).isEqualTo("READY=1");
            assertThat(Collections.frequency(received, "READY=1")).isOne();
            assertThat(received).contains(HEALTHY).allMatch(datagram -> !datagram.contains("Unhealthy"));
        }
    }

    @Test
    void stopsFeedingTheWatchdogWhileTheAlarmHasNotTickedLately() throws IOException {
        try (var watchdog = new Watchdog(clock, notifier, List.of(alarm, HealthProbe.answers("store", () -> 1)))) {
            watchdog.ready();
            systemd.receiveUntil(WATCHDOG::equals, WAIT);

            clock.advance(Duration.ofMinutes(1));
            var stale = systemd.receiveUntil(datagram -> datagram.startsWith("STATUS=Unhealthy"), WAIT);
            var whileStale = systemd.receiveUntil(nth(3, datagram -> datagram.startsWith("STATUS=Unhealthy")), WAIT);

            assertThat(stale.getLast())
                    .isEqualTo("STATUS=Unhealthy, not feeding the watchdog: alarm: last tick 60 s ago "
                            + "(at most 5000 ms allowed)");
            assertThat(whileStale).doesNotContain(WATCHDOG);

            lastTick.set(clock.instant());

            assertThat(systemd.receiveUntil(WATCHDOG::equals, WAIT)).doesNotContain(HEALTHY);
            assertThat(systemd.receiveUntil(HEALTHY::equals, WAIT)).isNotEmpty();
        }
    }

    @Test
    void stopsFeedingTheWatchdogWhileTheStoreDoesNotAnswerAndKeepsAskingTheOthers() throws IOException {
        var blocked = new CountDownLatch(1);
        var store = HealthProbe.answers("store", () -> {
            blocked.await();
            return 1;
        });
        try (var watchdog = new Watchdog(clock, notifier, List.of(alarm, store))) {
            watchdog.ready();
            var first = systemd.receiveUntil(datagram -> datagram.startsWith("STATUS=Unhealthy"), WAIT);
            var whileBlocked = systemd.receiveUntil(nth(4, datagram -> datagram.startsWith("STATUS=Unhealthy")), WAIT);

            assertThat(first)
                    .containsExactly(
                            "READY=1",
                            "STATUS=Unhealthy, not feeding the watchdog: store: did not answer within 300 ms");
            assertThat(whileBlocked)
                    .doesNotContain(WATCHDOG)
                    .allSatisfy(
                            datagram -> assertThat(datagram)
                                    .startsWith(
                                            "STATUS=Unhealthy, not feeding the watchdog: store: has not answered since it was asked at "));

            blocked.countDown();

            assertThat(systemd.receiveUntil(WATCHDOG::equals, WAIT)).isNotEmpty();
        } finally {
            blocked.countDown();
        }
    }

    @Test
    void aProbeThatThrowsIsAProblemWithItsCause() {
        var relay = HealthProbe.of("relay", () -> {
            throw new IllegalStateException("GPIO line 17 is gone");
        });
        try (var watchdog = new Watchdog(clock, notifier, List.of(alarm, relay))) {
            assertThat(watchdog.check())
                    .containsExactly(new Watchdog.Problem(
                            "relay", "failed: java.lang.IllegalStateException: GPIO line 17 is gone"));
        }
    }

    @Test
    void warnsWhenTheProblemStartsThenOnceAMinute() throws IOException {
        try (var log = CapturedLog.of(Watchdog.class);
                var watchdog = new Watchdog(clock, notifier, List.of(alarm, HealthProbe.answers("store", () -> 1)))) {
            clock.advance(Duration.ofMinutes(1));
            watchdog.ready();
            systemd.receiveUntil(nth(4, datagram -> datagram.startsWith("STATUS=Unhealthy")), WAIT);

            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("alarm: last tick 60 s ago")
                    .contains("systemd restarts the kiosk if this lasts 900 ms");

            clock.advance(Duration.ofMinutes(1));
            systemd.receiveUntil(datagram -> datagram.contains("alarm: last tick 120 s ago"), WAIT);
            systemd.receiveUntil(nth(2, datagram -> datagram.startsWith("STATUS=Unhealthy")), WAIT);

            assertThat(log.messages(Level.WARN)).hasSize(2).last().asString().contains("alarm: last tick");
        }
    }

    @Test
    void aCheckThatBreaksIsLoggedFeedsNothingAndTheChecksGoOn() throws IOException {
        var broken = HealthProbe.of("broken", () -> null);
        try (var log = CapturedLog.of(Watchdog.class);
                var watchdog = new Watchdog(clock, notifier, List.of(alarm, broken))) {
            watchdog.ready();

            assertThat(systemd.receive(WAIT)).contains("READY=1");
            await().atMost(WAIT).until(() -> log.messages(Level.ERROR).size() >= 2);
            assertThat(systemd.receive(Duration.ZERO)).isEmpty();
            assertThat(log.messages(Level.ERROR))
                    .first()
                    .asString()
                    .contains("systemd is not told that the kiosk is healthy");
        }
    }

    @Test
    void saysItIsStoppingAndFeedsTheWatchdogNoMore() throws IOException {
        var watchdog = new Watchdog(clock, notifier, List.of(alarm));
        watchdog.ready();
        systemd.receiveUntil(WATCHDOG::equals, WAIT);

        watchdog.close();

        assertThat(systemd.receiveUntil("STOPPING=1"::equals, WAIT).getLast()).isEqualTo("STOPPING=1");
        assertThat(systemd.receive(INTERVAL.multipliedBy(2))).isEmpty();
    }

    /** Accepts the {@code n}th datagram that {@code test} accepts. */
    private static Predicate<String> nth(int n, Predicate<String> test) {
        var seen = new AtomicInteger();
        return datagram -> test.test(datagram) && seen.incrementAndGet() == n;
    }
}
