package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
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
    void theEngineWakesItselfWhenTheLightTestEnds() {
        var clock = MutableClock.at(brussels(2026, 12, 9, 10, 0));
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var engine = AlarmWiring.start(kiosk, true);
            kiosk.commands().execute(new RunLightTest(Optional.of(Duration.ofSeconds(2))), Actor.touchScreen());
            assertThat(engine.relayEnergized()).isTrue();

            // No tick from the test: the engine's own schedule looks again (at least every second).
            clock.advance(Duration.ofSeconds(1));
            var halfway = clock.instant();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.lastTick().equals(Optional.of(halfway)));
            assertThat(engine.relayEnergized())
                    .as("still on halfway through the test")
                    .isTrue();

            clock.advance(Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> !engine.relayEnergized());
        }
    }

    @Test
    void withoutAPiTheBoardRelayIsReportedUnavailableInsteadOfStoppingTheKiosk() {
        var relay = AlarmWiring.openRelay(AlarmSettings.RelaySettings.defaults(), false);

        assertThat(relay.description()).startsWith("no relay (cannot ");
        relay.close();
    }
}
