package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.gpio.Pi4jRelay;
import be.ghelamcoalert.adapter.gpio.RelayPin;
import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.AlarmEngine;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import com.pi4j.io.gpio.digital.DigitalState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A whole kiosk on a real H2 file with the alarm engine driving a relay on Pi4J's mock platform,
 * and a clock that only the test moves. Records every pin change with the clock's time.
 */
final class AlarmRig implements AutoCloseable {
    record PinChange(Instant at, DigitalState level) {}

    /** Wednesday 9 December 2026, kickoff 20:45: warning from 16:45, overdue from the 17:45 deadline. */
    static final Event WEDNESDAY_MATCH = TestEvents.homeMatchAt("wednesday", TestEvents.brussels(2026, 12, 9, 20, 45));

    final MutableClock clock;
    final Kiosk kiosk;
    final Pi4jRelay relay;
    final AlarmEngine engine;
    final boolean activeLow;
    final Map<String, Double> metrics = new ConcurrentHashMap<>();
    final List<PinChange> pinChanges = new CopyOnWriteArrayList<>();
    private boolean closed;

    private AlarmRig(MutableClock clock, Kiosk kiosk, Pi4jRelay relay, AlarmSettings settings) {
        this.clock = clock;
        this.kiosk = kiosk;
        this.relay = relay;
        this.activeLow = settings.relay().activeLow();
        relay.onLevelChange(change -> pinChanges.add(new PinChange(clock.instant(), change.state())));
        this.engine = AlarmWiring.start(kiosk, settings, relay, recorder());
    }

    /** Opens the kiosk in {@code dataDir} at {@code start}, stores {@code events} with their planned alerts, starts the alarm. */
    static AlarmRig open(Path dataDir, ZonedDateTime start, AlarmSettings settings, Event... events) {
        var clock = MutableClock.at(start);
        var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, dataDir);
        kiosk.database().run(() -> {
            for (var event : events) {
                kiosk.planning().store(event, Actor.system("test"), "create-event", "fixture");
            }
        });
        var pin = new RelayPin(settings.relay().pin(), settings.relay().activeLow(), Optional.empty());
        return new AlarmRig(clock, kiosk, Pi4jRelay.simulated(pin), settings);
    }

    /** An active-high board on BCM 17 with the shipped defaults otherwise. */
    static AlarmSettings activeHigh() {
        return new AlarmSettings(new AlarmSettings.RelaySettings(17, false, ""), null, null, null, null, null, null);
    }

    /** Moves the clock to {@code at}, lets the engine look, and says whether the light is on. */
    boolean litAt(ZonedDateTime at) {
        clock.set(at);
        engine.tick();
        return lit();
    }

    boolean lit() {
        return relay.pinLevel() == (activeLow ? DigitalState.LOW : DigitalState.HIGH);
    }

    void execute(KioskCommand command) {
        kiosk.commands().execute(command, Actor.touchScreen());
        engine.tick();
    }

    List<AuditEntry> alarmAudit() {
        return kiosk.audit().latest(100).stream()
                .filter(e -> e.actor().equals(AlarmEngine.ACTOR))
                .toList()
                .reversed();
    }

    double metric(String name) {
        return metrics.getOrDefault(name, 0.0);
    }

    private MetricsRecorder recorder() {
        return (metric, amount) -> metrics.merge(metric, amount, Double::sum);
    }

    /** Stops the kiosk as a shutdown does; closing again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            kiosk.close();
        }
    }
}
