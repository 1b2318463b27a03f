package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlarmWiringTest {
    @TempDir
    Path dataDir;

    @Test
    void theDemoLightsItsFirstMatchOnASundayNightOnTheSimulatedRelay() {
        var clock = MutableClock.at(brussels(2026, 12, 13, 22, 0)); // Sunday, outside office hours
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
            var engine = AlarmWiring.start(kiosk, true);
            assertThat(kiosk.status().light().lit()).isFalse();

            clock.advance(DemoData.FIRST_LIGHT_AFTER);
            engine.tick();

            assertThat(kiosk.status().light().lit()).isTrue();
            assertThat(kiosk.status().light().hardwareOk()).isTrue();
            assertThat(engine.relayEnergized()).isTrue();
        }
    }

    @Test
    void theLightTestWiredIntoTheCommandServiceUsesTheConfiguredDuration() {
        var clock = MutableClock.at(brussels(2026, 12, 9, 10, 0));
        var settings = new AlarmSettings(null, null, null, null, null, null, Duration.ofSeconds(12));
        try (var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, dataDir)) {
            var engine = AlarmWiring.start(kiosk, true);

            kiosk.commands().execute(RunLightTest.configured(), Actor.touchScreen());

            assertThat(engine.relayEnergized()).isTrue();
            clock.advance(Duration.ofSeconds(11));
            engine.tick();
            assertThat(engine.relayEnergized()).isTrue();
            clock.advance(Duration.ofSeconds(1));
            engine.tick();
            assertThat(engine.relayEnergized()).isFalse();
        }
    }

    @Test
    void onTheRealClockTheEngineWakesItselfWhenTheLightTestEnds() {
        var clock = java.time.Clock.system(KioskConfig.defaults().deadlines().zone());
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var engine = AlarmWiring.start(kiosk, true);
            var started = clock.instant();

            kiosk.commands().execute(new RunLightTest(java.util.Optional.of(Duration.ofSeconds(2))), Actor.touchScreen());
            assertThat(engine.relayEnergized()).isTrue();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                    .until(() -> !engine.relayEnergized());

            assertThat(Duration.between(started, clock.instant())).as("no tick from the test: the engine planned its own")
                    .isBetween(Duration.ofSeconds(2), Duration.ofMillis(2300));
        }
    }

    @Test
    void withoutAPiTheBoardRelayIsReportedUnavailableInsteadOfStoppingTheKiosk() {
        var relay = AlarmWiring.openRelay(AlarmSettings.RelaySettings.defaults(), false);

        assertThat(relay.description()).startsWith("no relay (cannot ");
        relay.close();
    }
}
