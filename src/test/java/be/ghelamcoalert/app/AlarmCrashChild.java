package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;

import be.ghelamcoalert.adapter.gpio.Pi4jRelay;
import be.ghelamcoalert.adapter.gpio.RelayPin;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.port.MetricsRecorder;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Child process of {@link AlarmRestartTest}: a kiosk whose alarm is lit when it is killed. Args:
 * data directory, the instant it thinks it is, the match's kickoff (ISO zoned date-time).
 */
public final class AlarmCrashChild {
    private AlarmCrashChild() {}

    public static void main(String[] args) throws InterruptedException {
        var out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        var clock = Clock.fixed(Instant.parse(args[1]), ZoneId.of("Europe/Brussels"));
        var settings = AlarmRig.activeHigh();
        var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, Path.of(args[0]));
        kiosk.database()
                .run(() -> kiosk.planning()
                        .store(
                                homeMatchAt("crash", ZonedDateTime.parse(args[2])),
                                Actor.system("test"),
                                "create-event",
                                "fixture"));
        var relay = Pi4jRelay.simulated(new RelayPin(17, false, Optional.empty()));
        var engine = AlarmWiring.start(kiosk, settings, relay, MetricsRecorder.none());
        out.println(engine.relayEnergized() ? "LIT" : "DARK");
        new CountDownLatch(1).await(); // until killed
    }
}
