package be.ghelamcoalert.adapter.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.testing.CapturedLog;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class SystemdNotifierTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final MutableClock clock = MutableClock.at("2025-03-01T12:00");

    @TempDir
    Path folder;

    @Test
    void sendsEachMessageAsOneDatagramToASocketFile() throws IOException {
        try (var systemd = NotifySocketListener.at(folder.resolve("notify"));
                var log = CapturedLog.of(SystemdNotifier.class)) {
            var notifier =
                    new SystemdNotifier(NotifySocketAddress.parse(systemd.notifySocket()), Optional.empty(), clock);

            notifier.ready();
            notifier.watchdog();
            notifier.status("Unhealthy: alarm\nlast tick 95 s ago");
            notifier.stopping();

            assertThat(receive(systemd, 4))
                    .containsExactly(
                            "READY=1", "WATCHDOG=1", "STATUS=Unhealthy: alarm last tick 95 s ago", "STOPPING=1");
            assertThat(log.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void closesTheSocketOfEveryMessage() throws IOException {
        try (var systemd = NotifySocketListener.at(folder.resolve("notify"))) {
            var notifier =
                    new SystemdNotifier(NotifySocketAddress.parse(systemd.notifySocket()), Optional.empty(), clock);
            long descriptorsBefore = openFileDescriptors();

            for (int i = 0; i < 200; i++) {
                notifier.watchdog();
                assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
            }

            assertThat(openFileDescriptors()).isLessThan(descriptorsBefore + 20);
        }
    }

    @Test
    void cutsAStatusTooLongForOneLine() throws IOException {
        try (var systemd = NotifySocketListener.at(folder.resolve("notify"))) {
            var notifier =
                    new SystemdNotifier(NotifySocketAddress.parse(systemd.notifySocket()), Optional.empty(), clock);

            notifier.status("x".repeat(1000));

            assertThat(receive(systemd, 1).getFirst())
                    .hasSize("STATUS=".length() + SystemdNotifier.MAX_STATUS_LENGTH)
                    .endsWith("x…");
        }
    }

    @Test
    void reachesASocketInTheAbstractNamespace() throws IOException {
        var name = "ghelamco-alert-test-" + UUID.randomUUID();
        try (var systemd = NotifySocketListener.abstractNamed(name)) {
            var notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", "@" + name), clock);

            notifier.ready();

            assertThat(systemd.notifySocket()).isEqualTo("@" + name);
            assertThat(receive(systemd, 1)).containsExactly("READY=1");
        }
    }

    @Test
    void takesTheWatchdogIntervalThatSystemdSetsForThisProcess() {
        var notifier = SystemdNotifier.fromEnvironment(
                Map.of(
                        "NOTIFY_SOCKET",
                        "/run/systemd/notify",
                        "WATCHDOG_USEC",
                        "30000000",
                        "WATCHDOG_PID",
                        Long.toString(ProcessHandle.current().pid())),
                clock);

        assertThat(notifier.sends()).isTrue();
        assertThat(notifier.watchdogInterval()).contains(Duration.ofSeconds(30));
    }

    @Test
    void leavesAWatchdogMeantForAnotherProcessAloneAndSaysWhy() {
        try (var log = CapturedLog.of(SystemdNotifier.class)) {
            var otherPid = Long.toString(ProcessHandle.current().pid() + 1);
            var notifier = SystemdNotifier.fromEnvironment(
                    Map.of(
                            "NOTIFY_SOCKET",
                            "/run/systemd/notify",
                            "WATCHDOG_USEC",
                            "30000000",
                            "WATCHDOG_PID",
                            otherPid),
                    clock);

            assertThat(notifier.watchdogInterval()).isEmpty();
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("WATCHDOG_PID=" + otherPid)
                    .contains("kiosk-session.sh");
        }
    }

    @Test
    void withoutNotifySocketSendsNothingAndSaysSoOnce() {
        try (var log = CapturedLog.of(SystemdNotifier.class)) {
            var notifier = SystemdNotifier.fromEnvironment(Map.of("WATCHDOG_USEC", "30000000"), clock);

            notifier.ready();
            notifier.watchdog();
            notifier.status("Healthy");

            assertThat(notifier.sends()).isFalse();
            assertThat(notifier.watchdogInterval()).isEmpty();
            assertThat(log.messages(Level.INFO)).singleElement().asString().contains("NOTIFY_SOCKET is not set");
            assertThat(log.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void aNotifySocketItCannotUseIsLoggedAndSendsNothing() {
        try (var log = CapturedLog.of(SystemdNotifier.class)) {
            var notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", "run/notify"), clock);

            assertThat(notifier.sends()).isFalse();
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("NOTIFY_SOCKET=run/notify")
                    .contains("neither an absolute path nor @name");
        }
    }

    @Test
    void aSocketNameLongerThanASocketAddressIsRefused() {
        assertThatThrownBy(() -> NotifySocketAddress.parse("/" + "x".repeat(107)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("108 bytes");
        assertThat(NotifySocketAddress.parse("/" + "x".repeat(106)).name()).hasSize(107);
    }

    @Test
    void aFailedSendIsWarnedAboutAtMostOnceAMinuteAndNeverThrown() throws IOException {
        var path = folder.resolve("notify");
        var notifier = new SystemdNotifier(NotifySocketAddress.parse(path.toString()), Optional.empty(), clock);
        try (var log = CapturedLog.of(SystemdNotifier.class)) {
            notifier.watchdog();
            clock.advance(Duration.ofSeconds(20));
            notifier.watchdog();
            clock.advance(Duration.ofSeconds(20));
            notifier.watchdog();

            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("WATCHDOG=1")
                    .contains(path.toString())
                    .contains("errno 2");

            clock.advance(Duration.ofSeconds(20));
            notifier.watchdog();

            assertThat(log.messages(Level.WARN)).hasSize(2).last().asString().contains("2 more failed");

            try (var systemd = NotifySocketListener.at(path)) {
                notifier.watchdog();

                assertThat(receive(systemd, 1)).containsExactly("WATCHDOG=1");
                assertThat(log.messages(Level.INFO)).singleElement().asString().contains("reach systemd again");
            }
        }
    }

    private static long openFileDescriptors() throws IOException {
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }

    private static List<String> receive(NotifySocketListener systemd, int count) throws IOException {
        var received = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            received.add(systemd.receive(WAIT)
                    .orElseThrow(() -> new AssertionError("no datagram within " + WAIT + " after " + received)));
        }
        return received;
    }
}
