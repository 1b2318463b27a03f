package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.app.AlarmRig.PinChange;
import be.ghelamcoalert.config.AlarmSettings;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The light over simulated time, on Pi4J's mock pin, for every stage and every way of silencing
 * it. Wednesday 9 December 2026, kickoff 20:45: warning from 16:45 (steady), overdue from the
 * 17:45 deadline (slow blink, 2 s).
 */
@IntegrationTest
class AlarmScenarioTest {
    private static final Event MATCH = AlarmRig.WEDNESDAY_MATCH;
    private static final EventId ID = MATCH.id();

    @RegisterExtension
    final AlarmRigs rigs = new AlarmRigs();

    @Test
    void eachStageLightsOnTimeAndExplainsItself() {
        var rig = rigs.open(brussels(2026, 12, 8, 12, 0), MATCH);

        assertThat(rig.litAt(brussels(2026, 12, 8, 20, 45)))
                .as("the day-before notice does not light")
                .isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 16, 44).plusSeconds(59).plusNanos(999_000_000)))
                .isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 16, 45)))
                .as("warning, exactly on time")
                .isTrue();
        assertThat(rig.kiosk.status().light().pattern()).isEqualTo(LightPattern.STEADY);
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 44).plusSeconds(59))).isTrue();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 45)))
                .as("overdue starts with 'on'")
                .isTrue();
        assertThat(rig.kiosk.status().light().pattern()).isEqualTo(LightPattern.SLOW_BLINK);
        assertThat(rig.kiosk.status().light().reason()).isEqualTo("overdue: KAA Gent - wednesday");
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 45).plusSeconds(1))).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 45).plusSeconds(2))).isTrue();
        assertThat(rig.litAt(brussels(2026, 12, 9, 20, 45))).as("kickoff").isFalse();

        assertThat(rig.pinChanges)
                .extracting(PinChange::level)
                .containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
        assertThat(rig.pinChanges.getFirst().at())
                .isEqualTo(brussels(2026, 12, 9, 16, 45).toInstant());
        assertThat(rig.metric(MetricNames.RELAY_SWITCHES)).isEqualTo(4);
        assertThat(rig.alarmAudit())
                .extracting(AuditEntry::action)
                .containsExactly("light-off", "light-on", "light-change", "light-off");
        assertThat(rig.alarmAudit())
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "start-up restore: off: no alert",
                        "on (steady): warning: KAA Gent - wednesday [alert due, alert wednesday/light]",
                        "on (slow_blink): overdue: KAA Gent - wednesday [alert due, alert wednesday/overdue]",
                        "off: kickoff reached (overdue: KAA Gent - wednesday)");
        assertThat(rig.alarmAudit().get(1).eventId()).contains(ID);
    }

    @Test
    void aSnoozeSilencesUntilItEndsAndTheRestartIsExplained() {
        var rig = rigs.open(brussels(2026, 12, 9, 16, 50), MATCH);
        assertThat(rig.lit()).isTrue();

        rig.execute(new SnoozeEvent(ID, Duration.ofMinutes(15)));

        assertThat(rig.lit()).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 4).plusSeconds(59))).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 5))).isTrue();
        assertThat(rig.alarmAudit())
                .extracting(AuditEntry::detail)
                .containsSubsequence(
                        "off: snoozed until 2026-12-09 17:05 (warning: KAA Gent - wednesday)",
                        "on (steady): warning: KAA Gent - wednesday [snooze ended, alert wednesday/light]");
    }

    @Test
    void aSnoozeCappedAtTheDeadlineLightsTheOverdueStageExactlyThere() {
        var rig = rigs.open(brussels(2026, 12, 9, 17, 40), MATCH);

        rig.execute(new SnoozeEvent(ID, Duration.ofMinutes(15)));

        assertThat(rig.lit()).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 44).plusSeconds(59).plusNanos(950_000_000)))
                .isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 45))).isTrue();
        assertThat(rig.kiosk.status().light().reason()).startsWith("overdue");
    }

    @Test
    void confirmingTheCarParkIsClearSwitchesOffForGood() {
        var rig = rigs.open(brussels(2026, 12, 9, 17, 50), MATCH);
        assertThat(rig.lit()).isTrue();

        rig.execute(new ConfirmClear(ID));

        assertThat(rig.lit()).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 19, 0))).isFalse();
        assertThat(rig.alarmAudit().getLast().detail())
                .isEqualTo("off: car park confirmed clear (overdue: KAA Gent - wednesday)");
    }

    @Test
    void muteKeepsEvenTheOverdueStageDarkAndUnmuteBringsItBack() {
        var rig = rigs.open(brussels(2026, 12, 9, 17, 50), MATCH);

        rig.execute(new MuteEvent(ID, true));
        assertThat(rig.lit()).isFalse();
        assertThat(rig.alarmAudit().getLast().detail()).isEqualTo("off: event muted (overdue: KAA Gent - wednesday)");
        assertThat(rig.litAt(brussels(2026, 12, 9, 18, 30))).isFalse();

        rig.execute(new MuteEvent(ID, false));
        assertThat(rig.kiosk.status().light().lit()).isTrue();
    }

    @Test
    void aReminderLightsOnlyWithinOfficeHoursButOverdueAlwaysDoes() {
        var late = homeMatchAt("late", brussels(2026, 12, 9, 22, 30)); // warning 18:30, deadline 19:30
        var sunday = homeMatchAt("sunday", brussels(2026, 12, 13, 20, 45)); // warning 16:45, deadline 17:45
        var rig = rigs.open(brussels(2026, 12, 9, 12, 0), late, sunday);

        assertThat(rig.litAt(brussels(2026, 12, 9, 18, 30))).isTrue();
        assertThat(rig.litAt(brussels(2026, 12, 9, 19, 0))).as("office closes").isFalse();
        assertThat(rig.alarmAudit().getLast().detail())
                .isEqualTo("off: outside office hours (only a reminder) (warning: KAA Gent - late)");
        assertThat(rig.litAt(brussels(2026, 12, 9, 19, 30))).as("deadline").isTrue();
        assertThat(rig.litAt(brussels(2026, 12, 13, 16, 45)))
                .as("Sunday warning")
                .isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 13, 17, 45)))
                .as("Sunday deadline")
                .isTrue();
    }

    @Test
    void alwaysLightLightsTheReminderOnASunday() {
        var sunday = homeMatchAt("sunday", brussels(2026, 12, 13, 20, 45));
        var rig = rigs.open(brussels(2026, 12, 13, 12, 0), AlarmRig.activeHigh().withAlwaysLight(), sunday);

        assertThat(rig.litAt(brussels(2026, 12, 13, 16, 45))).isTrue();
    }

    @Test
    void aLightTestFromTheCommandServiceLightsAtOnceForItsDuration() {
        var rig = rigs.open(brussels(2026, 12, 9, 10, 0), MATCH);
        assertThat(rig.kiosk.commands().lightTestDuration()).isEqualTo(Duration.ofSeconds(5));

        rig.kiosk.commands().execute(RunLightTest.configured(), be.ghelamcoalert.core.model.Actor.remoteJob("job-7"));

        assertThat(rig.lit()).as("on before any tick").isTrue();
        assertThat(rig.kiosk.status().light().reason()).isEqualTo("light test (5 s) by remote_job:job-7");
        assertThat(rig.litAt(brussels(2026, 12, 9, 10, 0).plusSeconds(4).plusNanos(950_000_000)))
                .isTrue();
        assertThat(rig.litAt(brussels(2026, 12, 9, 10, 0).plusSeconds(5))).isFalse();
        assertThat(rig.alarmAudit())
                .extracting(AuditEntry::detail)
                .endsWith("on (steady): light test (5 s) by remote_job:job-7 [light test]", "off: light test ended");
        assertThat(rig.metric(MetricNames.RELAY_SWITCHES)).isEqualTo(2);
    }

    @Test
    void anActiveLowBoardIsPulledLowToLightAndLeftHighAtBootAndShutdown() {
        var activeLow =
                new AlarmSettings(new AlarmSettings.RelaySettings(17, true, ""), null, null, null, null, null, null);
        var rig = rigs.open(brussels(2026, 12, 9, 12, 0), activeLow, MATCH);
        assertThat(rig.relay.pinLevel()).isEqualTo(DigitalState.HIGH);

        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 0))).isTrue();
        assertThat(rig.relay.pinLevel()).isEqualTo(DigitalState.LOW);
        rig.close();

        assertThat(rig.relay.pinLevel()).isEqualTo(DigitalState.HIGH);
        assertThat(rig.pinChanges).extracting(PinChange::level).containsExactly(DigitalState.LOW, DigitalState.HIGH);
    }

    @Test
    void shutdownSwitchesOffAndSaysSoInTheAuditLog() throws Exception {
        var rig = rigs.open(brussels(2026, 12, 9, 17, 0), MATCH);
        assertThat(rig.lit()).isTrue();

        rig.close();

        assertThat(rig.lit()).isFalse();
        try (var reopened = be.ghelamcoalert.adapter.persistence.Database.open(rigs.dataDir())) {
            var last = new be.ghelamcoalert.adapter.persistence.JdbiAuditLog(reopened)
                    .latest(1)
                    .getFirst();
            assertThat(last.action()).isEqualTo("light-off");
            assertThat(last.detail()).isEqualTo("shutdown: light off (was warning: KAA Gent - wednesday)");
        }
    }

    @Test
    void secondsOnAreCounted() {
        var rig = rigs.open(brussels(2026, 12, 9, 16, 45), MATCH);

        for (int tenth = 1; tenth <= 35; tenth++) {
            rig.litAt(brussels(2026, 12, 9, 16, 45).plusNanos(tenth * 100_000_000L));
        }
        rig.execute(new ConfirmClear(ID));

        assertThat(rig.metric(MetricNames.RELAY_ON_SECONDS)).isCloseTo(3.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}
