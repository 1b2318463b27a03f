package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After any start (normal, crash, power cut) the relay is right at once, computed from the database. */
@IntegrationTest
class AlarmRestartTest {
    /** Wednesday 9 December 2026, kickoff 20:45: warning from 16:45, overdue from 17:45. */
    private static final Event MATCH = homeMatchAt("wednesday", brussels(2026, 12, 9, 20, 45));

    @TempDir
    Path dataDir;

    private AlarmRig rig;

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void aNormalRestartInTheMiddleOfAnAlertLightsAgainBeforeStartReturns() {
        try (var first = AlarmRig.open(dataDir, brussels(2026, 12, 9, 17, 0), AlarmRig.activeHigh(), MATCH)) {
            assertThat(first.lit()).isTrue();
        }

        rig = AlarmRig.open(dataDir, brussels(2026, 12, 9, 17, 50), AlarmRig.activeHigh());

        assertThat(rig.lit()).isTrue();
        assertThat(rig.kiosk.status().light().reason()).isEqualTo("overdue: KAA Gent - wednesday");
        assertThat(rig.alarmAudit()).extracting(AuditEntry::detail).containsExactly(
                "start-up restore: on (steady): warning: KAA Gent - wednesday [alert due, alert wednesday/light]",
                "shutdown: light off (was warning: KAA Gent - wednesday)",
                "start-up restore: on (slow_blink): overdue: KAA Gent - wednesday [alert due, alert wednesday/overdue]");
    }

    @Test
    void aSnoozeSurvivesARestartAndEndsOnTime() {
        try (var first = AlarmRig.open(dataDir, brussels(2026, 12, 9, 16, 50), AlarmRig.activeHigh(), MATCH)) {
            first.execute(new SnoozeEvent(MATCH.id(), Duration.ofMinutes(15)));
            assertThat(first.lit()).isFalse();
        }

        rig = AlarmRig.open(dataDir, brussels(2026, 12, 9, 17, 0), AlarmRig.activeHigh());

        assertThat(rig.lit()).isFalse();
        assertThat(rig.litAt(brussels(2026, 12, 9, 17, 5))).isTrue();
    }

    @Test
    void afterAKillDashNineInTheMiddleOfAnAlertTheNextStartRestoresTheLight() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                AlarmCrashChild.class.getName(), dataDir.toString(), brussels(2026, 12, 9, 17, 50).toInstant().toString(),
                brussels(2026, 12, 9, 20, 45).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String verdict;
        try (var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            verdict = reader.lines().filter(line -> line.equals("LIT") || line.equals("DARK")).findFirst().orElse("no answer");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, the relay is never switched off by the child
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(verdict).isEqualTo("LIT");

        rig = AlarmRig.open(dataDir, brussels(2026, 12, 9, 18, 5), AlarmRig.activeHigh());

        assertThat(rig.lit()).isTrue();
        assertThat(rig.alarmAudit()).extracting(AuditEntry::detail).containsExactly(
                "start-up restore: on (slow_blink): overdue: KAA Gent - crash [alert due, alert crash/overdue]",
                "start-up restore: on (slow_blink): overdue: KAA Gent - crash [alert due, alert crash/overdue]");
    }
}
