package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After any start (normal, crash, power cut) the relay is right at once, computed from the database. */
@IntegrationTest
class AlarmRestartTest {
    private static final Event MATCH = AlarmRig.WEDNESDAY_MATCH;

    @RegisterExtension
    final AlarmRigs rigs = new AlarmRigs();

    @Test
    void aNormalRestartInTheMiddleOfAnAlertLightsAgainBeforeStartReturns() {
        try (var first = rigs.open(brussels(2026, 12, 9, 17, 0), MATCH)) {
            assertThat(first.lit()).isTrue();
        }

        var rig = rigs.open(brussels(2026, 12, 9, 17, 50));

        assertThat(rig.lit()).isTrue();
        assertThat(rig.kiosk.status().light().reason()).isEqualTo("overdue: KAA Gent - wednesday");
        assertThat(rig.alarmAudit())
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "start-up restore: on (steady): warning: KAA Gent - wednesday [alert due, alert wednesday/light]",
                        "shutdown: light off (was warning: KAA Gent - wednesday)",
                        "start-up restore: on (slow_blink): overdue: KAA Gent - wednesday [alert due, alert wednesday/overdue]");
    }

    @Test
    void aSnoozeSurvivesARestartAndEndsOnTime() {
        try (var first = rigs.open(brussels(2026, 12, 9, 16, 50), MATCH)) {
            first.execute(new SnoozeEvent(MATCH.id(), Duration.ofMinutes(15)));
            assertThat(first.lit()).isFalse();
        }

        var rig = rigs.open(brussels(2026, 12, 9, 17, 0));

        assertThat(rig.lit()).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 5))).isTrue();
    }

    @Test
    void afterAKillDashNineInTheMiddleOfAnAlertTheNextStartRestoresTheLight() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        AlarmCrashChild.class.getName(),
                        rigs.dataDir().toString(),
                        brussels(2026, 12, 9, 17, 50).toInstant().toString(),
                        brussels(2026, 12, 9, 20, 45).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String verdict;
        try (var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            verdict = reader.lines()
                    .filter(line -> line.equals("LIT") || line.equals("DARK"))
                    .findFirst()
                    .orElse("no answer");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, the relay is never switched off by the child
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(verdict).isEqualTo("LIT");

        var rig = rigs.open(brussels(2026, 12, 9, 18, 5));

        assertThat(rig.lit()).isTrue();
        assertThat(rig.alarmAudit())
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "start-up restore: on (slow_blink): overdue: KAA Gent - crash [alert due, alert crash/overdue]",
                        "start-up restore: on (slow_blink): overdue: KAA Gent - crash [alert due, alert crash/overdue]");
    }
}
