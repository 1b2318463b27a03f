package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.gpio.Pi4jRelay;
import be.ghelamcoalert.adapter.gpio.RelayPin;
import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.core.port.RelayException;
import be.ghelamcoalert.core.service.AlarmEngine;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the alarm light: the relay (gpiod on a Raspberry Pi; Pi4J's mock platform in the demo and
 * off a Pi), the engine that drives it, and the light test behind the command service. The relay
 * is right before {@link #start} returns; on stop the engine switches it off, then Pi4J shuts down.
 */
public final class AlarmWiring {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmWiring.class);

    private AlarmWiring() {}

    /** Starts the alarm of {@code kiosk} without usage counters. */
    public static AlarmEngine start(Kiosk kiosk, boolean demo) {
        return start(kiosk, demo, MetricsRecorder.none());
    }

    /**
     * Starts the alarm of {@code kiosk}, counting relay switches, seconds on and hardware failures
     * in {@code metrics}. The demo lights reminders at any hour so the light shows at once.
     */
    public static AlarmEngine start(Kiosk kiosk, boolean demo, MetricsRecorder metrics) {
        return startWithRelay(kiosk, demo, metrics, error -> {
                    throw error;
                })
                .engine();
    }

    /** The engine and the relay it drives (whose pin a test can watch). */
    record Alarm(AlarmEngine engine, Relay relay) {}

    /**
     * As {@link #start(Kiosk, boolean, MetricsRecorder)}, also handing back the relay that was
     * opened; an {@link Error} in the engine goes to {@code onFatalError}.
     */
    static Alarm startWithRelay(Kiosk kiosk, boolean demo, MetricsRecorder metrics, Consumer<Error> onFatalError) {
        var settings =
                demo ? kiosk.config().alarm().withAlwaysLight() : kiosk.config().alarm();
        boolean simulated = demo || !Pi4jRelay.onRaspberryPi();
        if (simulated && !demo) {
            LOG.warn("Not running on a Raspberry Pi: the alarm relay is simulated (Pi4J mock)");
        }
        var relay = openRelay(settings.relay(), simulated);
        return new Alarm(start(kiosk, settings, relay, metrics, onFatalError), relay);
    }

    /** Starts the alarm on a given relay, which the kiosk closes when it stops; an {@link Error} in the engine is thrown on its thread. */
    static AlarmEngine start(Kiosk kiosk, AlarmSettings settings, Relay relay, MetricsRecorder metrics) {
        return start(kiosk, settings, relay, metrics, error -> {
            throw error;
        });
    }

    private static AlarmEngine start(
            Kiosk kiosk, AlarmSettings settings, Relay relay, MetricsRecorder metrics, Consumer<Error> onFatalError) {
        kiosk.closeOnStop(relay);
        var engine = new AlarmEngine(
                kiosk.clock(),
                kiosk.database(),
                kiosk.events(),
                kiosk.alerts(),
                kiosk.audit(),
                kiosk.status(),
                kiosk.changes(),
                relay,
                settings.policy(kiosk.config().deadlines().zone()),
                settings.lightTest(),
                metrics,
                onFatalError);
        kiosk.closeOnStop(engine);
        kiosk.commands().useLightTester(engine);
        engine.start();
        return engine;
    }

    /** The configured relay; when the hardware cannot be opened, one that reports why (the screen alarm still works). */
    static Relay openRelay(AlarmSettings.RelaySettings settings, boolean simulated) {
        var pin = new RelayPin(settings.pin(), settings.activeLow(), Optional.of(settings.chip()));
        try {
            return simulated ? Pi4jRelay.simulated(pin) : Pi4jRelay.onBoard(pin);
        } catch (RelayException e) {
            LOG.error("The alarm relay is not available: {}. The screen alarm still works.", e.getMessage(), e);
            return Relay.unavailable(e.getMessage());
        }
    }
}
