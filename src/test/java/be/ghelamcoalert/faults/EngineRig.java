package be.ghelamcoalert.faults;

import static be.ghelamcoalert.testing.TestEvents.brussels;

import be.ghelamcoalert.adapter.persistence.JdbiStoreProbe;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.core.port.RelayException;
import be.ghelamcoalert.core.service.AlarmEngine;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store and the alarm engine on a relay the test breaks at will (the Pi4J mock cannot fail),
 * with the kernel's health check as the heartbeat and the watchdog run it.
 */
final class EngineRig implements AutoCloseable {
    final MutableClock clock = MutableClock.at(brussels(2026, 12, 9, 10, 0));
    /** The engine's clock: {@link #clock}, unless told to fail once, as any bug inside a tick could. */
    final FailingOnceClock engineClock = new FailingOnceClock(clock);

    final Kiosk kiosk;
    final BreakableRelay relay = new BreakableRelay();
    final CopyOnWriteArrayList<Error> fatalErrors = new CopyOnWriteArrayList<>();
    final AlarmEngine engine;
    final KernelHealth health;

    EngineRig(Path dir) {
        var config = KioskConfig.defaults();
        kiosk = Kiosk.open(config, clock, dir);
        engine = new AlarmEngine(
                engineClock,
                kiosk.database(),
                kiosk.events(),
                kiosk.alerts(),
                kiosk.audit(),
                kiosk.status(),
                kiosk.changes(),
                relay,
                config.alarm().policy(config.deadlines().zone()),
                config.alarm().lightTest(),
                kiosk.metrics(),
                fatalErrors::add);
        health = new KernelHealth(clock, kiosk.status(), engine::lastTick, new JdbiStoreProbe(kiosk.database(), clock));
    }

    EngineRig start() {
        engine.start();
        return this;
    }

    /** A gala on Wednesday 9 December 2026 at 20:45; returns when its light falls due (16:45). */
    Instant gala() {
        return Gala.create(kiosk.commands(), kiosk.queries());
    }

    void timeIs(Instant at) {
        clock.set(at);
        engine.tick();
    }

    @Override
    public void close() {
        engine.close();
        kiosk.close();
    }

    /** A clock that throws once when told to, on the engine's next look at the time. */
    static final class FailingOnceClock extends java.time.Clock {
        private final java.time.Clock clock;
        final java.util.concurrent.atomic.AtomicBoolean failNext = new java.util.concurrent.atomic.AtomicBoolean();
        final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

        FailingOnceClock(java.time.Clock clock) {
            this.clock = clock;
        }

        @Override
        public Instant instant() {
            if (failNext.compareAndSet(true, false)) {
                failures.incrementAndGet();
                throw new IllegalStateException("a bug in the tick (test)");
            }
            return clock.instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** A relay that works, fails as hardware does (RelayException), or throws an Error, as told. */
    static final class BreakableRelay implements Relay {
        enum Mode {
            WORKS,
            FAILS,
            ERROR
        }

        volatile Mode mode = Mode.WORKS;
        volatile boolean energized;

        @Override
        public void set(boolean wanted) {
            switch (mode) {
                case WORKS -> energized = wanted;
                case FAILS -> throw new RelayException("GPIO 17 write failed: Input/output error");
                case ERROR -> throw new OutOfMemoryError("Java heap space (test)");
            }
        }

        @Override
        public String description() {
            return "breakable test relay";
        }

        @Override
        public void close() {
            energized = false;
        }
    }
}
