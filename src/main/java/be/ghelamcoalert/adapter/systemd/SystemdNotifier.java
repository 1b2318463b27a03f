package be.ghelamcoalert.adapter.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd how the kiosk is doing, as sd_notify(3) does: a datagram such as {@code READY=1}
 * to the socket named by {@code NOTIFY_SOCKET}. Without that variable (the demo, tests, a laptop)
 * it sends nothing and says so once in the log. A message that cannot be sent is logged (the
 * first at once, then at most one warning a minute) and never thrown at the caller: the alarm
 * goes on, and a watchdog that hears nothing restarts the kiosk anyway.
 */
public final class SystemdNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotifier.class);
    static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);
    /** systemd shows the status on one line of systemctl status: keep it readable there. */
    static final int MAX_STATUS_LENGTH = 400;

    private final Optional<NotifySocketAddress> socket;
    private final Optional<Duration> watchdogInterval;
    private final Clock clock;
    private final Object failureLock = new Object();
    private Optional<Instant> lastWarning = Optional.empty();
    private int failuresNotLogged;
    private boolean failing;

    /**
     * A notifier that sends to {@code socket}. {@code watchdogInterval}: how often systemd expects
     * {@code WATCHDOG=1} ({@code WatchdogSec=}), empty where it expects none.
     */
    public SystemdNotifier(NotifySocketAddress socket, Optional<Duration> watchdogInterval, Clock clock) {
        this(Optional.of(socket), watchdogInterval, clock);
    }

    private SystemdNotifier(Optional<NotifySocketAddress> socket, Optional<Duration> watchdogInterval, Clock clock) {
        watchdogInterval.ifPresent(interval -> {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("a watchdog interval must be positive, not " + interval);
            }
        });
        this.socket = socket;
        this.watchdogInterval = watchdogInterval;
        this.clock = clock;
    }

    /** A notifier that sends nothing, and logs once why. */
    public static SystemdNotifier disabled(String why, Clock clock) {
        LOG.info("No messages to systemd: {}", why);
        return new SystemdNotifier(Optional.empty(), Optional.empty(), clock);
    }

    /**
     * The notifier systemd asks for through the process environment: {@code NOTIFY_SOCKET}
     * ({@code /path} or {@code @abstract-name}), {@code WATCHDOG_USEC} (the watchdog interval in
     * microseconds) and {@code WATCHDOG_PID} (the watchdog is this process's only if it names it).
     */
    public static SystemdNotifier fromEnvironment(Map<String, String> environment, Clock clock) {
        var notifySocket = environment.getOrDefault("NOTIFY_SOCKET", "");
        if (notifySocket.isBlank()) {
            return disabled(
                    "NOTIFY_SOCKET is not set (not started by systemd as Type=notify: demo, tests, a laptop)", clock);
        }
        NotifySocketAddress address;
        try {
            address = NotifySocketAddress.parse(notifySocket);
        } catch (IllegalArgumentException e) {
            LOG.warn("NOTIFY_SOCKET={} cannot be used: {}", notifySocket, e.getMessage());
            return disabled("NOTIFY_SOCKET is not a socket this kiosk can send to", clock);
        }
        var interval = watchdogInterval(environment);
        LOG.info(
                "Telling systemd how the kiosk is doing through {}; watchdog: {}",
                address,
                interval.map(i -> "every " + i.toMillis() + " ms at the latest").orElse("none"));
        return new SystemdNotifier(Optional.of(address), interval, clock);
    }

    private static Optional<Duration> watchdogInterval(Map<String, String> environment) {
        var micros = environment.getOrDefault("WATCHDOG_USEC", "");
        if (micros.isBlank()) {
            return Optional.empty();
        }
        var watchdogPid = environment.getOrDefault("WATCHDOG_PID", "");
        long ownPid = ProcessHandle.current().pid();
        if (!watchdogPid.isBlank() && !watchdogPid.equals(Long.toString(ownPid))) {
            LOG.warn(
                    "WATCHDOG_PID={} is not this process ({}): the systemd watchdog is not fed from here. The launch "
                            + "script must set WATCHDOG_PID to the JVM's pid (packaging/pi/kiosk-session.sh does)",
                    watchdogPid,
                    ownPid);
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(micros);
            if (value > 0) {
                return Optional.of(Duration.ofNanos(Math.multiplyExact(value, 1000L)));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // logged below
        }
        LOG.warn("WATCHDOG_USEC={} is not a positive number of microseconds: the systemd watchdog is not fed", micros);
        return Optional.empty();
    }

    /** How often systemd expects {@link #watchdog()}; empty where no watchdog is set up. */
    public Optional<Duration> watchdogInterval() {
        return watchdogInterval;
    }

    /** Whether messages go anywhere. */
    public boolean sends() {
        return socket.isPresent();
    }

    /** {@code READY=1}: start-up is complete (for Type=notify, the unit is now active). */
    public void ready() {
        send("READY=1");
    }

    /** {@code WATCHDOG=1}: the kiosk is healthy; systemd restarts it if this stops for WatchdogSec. */
    public void watchdog() {
        send("WATCHDOG=1");
    }

    /** {@code STATUS=...}: one line for systemctl status, e.g. why the watchdog is not fed. */
    public void status(String text) {
        var line = text.replaceAll("[\\r\\n]+", " ").strip();
        send("STATUS=" + (line.length() > MAX_STATUS_LENGTH ? line.substring(0, MAX_STATUS_LENGTH - 1) + "…" : line));
    }

    /** {@code STOPPING=1}: the kiosk is shutting down on purpose. */
    public void stopping() {
        send("STOPPING=1");
    }

    private void send(String message) {
        if (socket.isEmpty()) {
            return;
        }
        try {
            UnixDatagrams.send(socket.get(), message.getBytes(StandardCharsets.UTF_8));
            sent();
        } catch (IOException | RuntimeException | LinkageError e) {
            failed(message, e);
        }
    }

    private void sent() {
        synchronized (failureLock) {
            if (failing) {
                LOG.info("Messages reach systemd again ({} more failed since the last warning)", failuresNotLogged);
                failing = false;
                failuresNotLogged = 0;
                lastWarning = Optional.empty();
            }
        }
    }

    private void failed(String message, Throwable cause) {
        synchronized (failureLock) {
            failing = true;
            var now = clock.instant();
            if (lastWarning.filter(last -> warnedRecently(last, now)).isPresent()) {
                failuresNotLogged++;
                return;
            }
            LOG.warn(
                    "Cannot tell systemd {} ({} more failed since the last warning; the next warning in {} s at the earliest): {}",
                    message,
                    failuresNotLogged,
                    WARNING_INTERVAL.toSeconds(),
                    cause instanceof IOException ? cause.getMessage() : cause.toString());
            failuresNotLogged = 0;
            lastWarning = Optional.of(now);
        }
    }

    /** Less than the warning interval ago; a clock set back counts as long ago. */
    private static boolean warnedRecently(Instant last, Instant now) {
        var since = Duration.between(last, now);
        return !since.isNegative() && since.compareTo(WARNING_INTERVAL) < 0;
    }
}
