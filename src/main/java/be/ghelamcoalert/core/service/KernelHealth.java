package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.port.StoreHealthProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the kiosk's kernel works right now: the alarm engine ticked lately, the store answers,
 * the relay has not failed and the clock is set. Each check is written on the {@link StatusBoard}
 * (so the screen and the shadow show it); the heartbeat and the watchdog go on only while it finds
 * nothing wrong, so "alive" in the cloud means "the light works".
 */
public final class KernelHealth {
    /** The engine ticks at least every second; this much silence means it is stuck or gone. */
    public static final Duration ALARM_SILENCE = Duration.ofSeconds(15);
    /** Before this the clock has not been set (a Pi without a real-time clock boots in 1970). */
    public static final Instant CLOCK_SET_AFTER = Instant.parse("2025-01-01T00:00:00Z");

    private static final String SILENT = "the alarm engine has not run for ";

    private final Clock clock;
    private final StatusBoard board;
    private final Supplier<Optional<Instant>> alarmLastTick;
    private final StoreHealthProbe store;

    public KernelHealth(
            Clock clock, StatusBoard board, Supplier<Optional<Instant>> alarmLastTick, StoreHealthProbe store) {
        this.clock = clock;
        this.board = board;
        this.alarmLastTick = alarmLastTick;
        this.store = store;
    }

    /** Checks the kernel now, records it on the board, and returns what is wrong with it (empty: healthy). */
    public List<PartHealth> check() {
        var now = clock.instant();
        board.report(clockHealth(now));
        board.report(alarmHealth(now));
        board.report(storeHealth(now));
        return board.health().stream()
                .filter(h -> h.part().kernel() && !lights(h))
                .toList();
    }

    /**
     * Whether the light can work with this part as it is: running, or degraded with a reason to
     * show (a store that was damaged and started empty works, and says so until the next restart).
     */
    private static boolean lights(PartHealth health) {
        return health.state() == PartHealth.State.RUNNING || health.state() == PartHealth.State.DEGRADED;
    }

    private PartHealth storeHealth(Instant now) {
        var probed = store.probe();
        if (!probed.isOk()) {
            return PartHealth.failed(Part.STORE, now, probed.reason().replaceFirst("^Store: ", ""));
        }
        var current = board.health(Part.STORE);
        return current.state() == PartHealth.State.DEGRADED ? current : PartHealth.running(Part.STORE, now);
    }

    /** Whether {@code now} can be a real time: the clock was set (by NTP) after boot. */
    public static boolean clockSet(Instant now) {
        return now.isAfter(CLOCK_SET_AFTER);
    }

    private PartHealth clockHealth(Instant now) {
        return clockSet(now)
                ? PartHealth.running(Part.CLOCK, now)
                : PartHealth.failed(Part.CLOCK, now, "clock not set (" + now + "): waiting for the network time");
    }

    private PartHealth alarmHealth(Instant now) {
        var current = board.health(Part.ALARM);
        if (current.state() == PartHealth.State.FAILED && !current.reason().startsWith(SILENT)) {
            return current; // a fatal error: the process ends
        }
        var last = alarmLastTick.get();
        if (last.isEmpty()) {
            return PartHealth.starting(Part.ALARM, now);
        }
        var silence = Duration.between(last.get(), now);
        return silence.compareTo(ALARM_SILENCE) > 0
                ? PartHealth.failed(Part.ALARM, now, SILENT + silence.toSeconds() + " s")
                : PartHealth.running(Part.ALARM, now);
    }
}
