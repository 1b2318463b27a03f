package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine against a clock that jumps, on its own scheduler, and with hardware that fails. */
@IntegrationTest
class AlarmClockAndHardwareTest {
    private static final Event MATCH = AlarmRig.WEDNESDAY_MATCH;

    @RegisterExtension
    final AlarmRigs rigs = new AlarmRigs();

    @Test
    void aClockThatJumpsForwardAndBackIsFollowedAtOnce() {
        var rig = rigs.open(brussels(2026, 12, 9, 16, 0), MATCH);
        assertThat(rig.lit()).isFalse();

        assertThat(rig.litAt(brussels(2026, 12, 9, 18, 0)))
                .as("jump past the deadline")
                .isTrue();
        assertThat(rig.kiosk.status().light().pattern()).isEqualTo(LightPattern.SLOW_BLINK);
        assertThat(rig.litAt(brussels(2026, 12, 9, 16, 0)))
                .as("jump back before any alert")
                .isFalse();
        assertThat(rig.alarmAudit().getLast().detail())
                .isEqualTo("off: not due until 2026-12-09 17:45 (overdue: KAA Gent - wednesday)");
        assertThat(rig.litAt(brussels(2026, 12, 9, 16, 45))).isTrue();
        assertThat(rig.litAt(brussels(2026, 12, 11, 9, 0)))
                .as("two days later, long after kickoff")
                .isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 18, 0)))
                .as("set back two days: the alerts are read again")
                .isTrue();
    }

    @Test
    void theSchedulerSwitchesOnTimeWithoutBeingAsked() {
        var rig = rigs.open(brussels(2026, 12, 9, 16, 44), MATCH);
        assertThat(rig.lit()).isFalse();

        rig.clock.set(brussels(2026, 12, 9, 16, 45));

        await().atMost(Duration.ofSeconds(2)).until(rig::lit);
    }

    @Test
    void aCommandSwitchesThroughTheChangeFeedWithoutATick() {
        var rig = rigs.open(brussels(2026, 12, 9, 17, 0), MATCH);
        assertThat(rig.lit()).isTrue();

        rig.kiosk.commands().execute(new ConfirmClear(MATCH.id()), Actor.touchScreen());

        await().atMost(Duration.ofSeconds(2)).until(() -> !rig.lit());
    }

    @Test
    void aRelayThatFailsIsShownOnScreenAndCountedOnceWhileTheScreenAlarmGoesOn() {
        var clock = MutableClock.at(brussels(2026, 12, 9, 16, 0));
        var settings = AlarmRig.activeHigh();
        Map<String, Double> metrics = new ConcurrentHashMap<>();
        try (var kiosk = Kiosk.open(KioskConfig.defaults().withAlarm(settings), clock, rigs.dataDir())) {
            kiosk.database().run(() -> kiosk.planning().store(MATCH, Actor.system("test"), "create-event", "fixture"));
            var engine = AlarmWiring.start(
                    kiosk,
                    settings,
                    Relay.unavailable("cannot open GPIO 17: Permission denied"),
                    (metric, amount) -> metrics.merge(metric, amount, Double::sum));

            assertThat(kiosk.status().light().hardwareOk()).isFalse();
            assertThat(kiosk.status().light().hardwareProblem()).isEqualTo("cannot open GPIO 17: Permission denied");
            clock.set(brussels(2026, 12, 9, 17, 0));
            engine.tick();
            clock.advance(Duration.ofSeconds(1));
            engine.tick();

            assertThat(kiosk.status().light().pattern())
                    .as("the screen still shows the alarm")
                    .isEqualTo(LightPattern.STEADY);
            assertThat(kiosk.status().light().hardwareOk()).isFalse();
            assertThat(engine.relayEnergized()).isFalse();
            assertThat(metrics.get(MetricNames.RELAY_FAILURES)).isEqualTo(1.0);
            assertThat(kiosk.audit().latest(5)).extracting(AuditEntry::action).contains("light-on");
        }
    }
}
