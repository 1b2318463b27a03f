package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut or {@code kill -9} must not lose a committed row: a child JVM commits rows and
 * reports each commit; we kill it with SIGKILL in the middle and count what is there on reopen.
 */
@IntegrationTest
class CrashSafetyTest {
    private static final int KILLS = 3;
    private static final long COMMITS_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void killDashNineLosesNoCommittedRow() throws Exception {
        long reportedTotal = 0;
        for (int round = 0; round < KILLS; round++) {
            long lastCommitted = runWriterAndKill();
            assertThat(lastCommitted)
                    .as("child committed rows before the kill")
                    .isGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);
            reportedTotal += lastCommitted;
            try (var database = Database.open(dataDir)) {
                long rows = database.jdbi()
                        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log")
                                .mapTo(Long.class)
                                .one());
                assertThat(rows).as("rows after kill %d", round + 1).isGreaterThanOrEqualTo(reportedTotal);
                reportedTotal = rows;
            }
        }
    }

    private long runWriterAndKill() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriter.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long last = 0;
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.chars().allMatch(Character::isDigit) && !line.isEmpty()) {
                    last = Long.parseLong(line);
                    if (last >= COMMITS_BEFORE_KILL) {
                        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
                        break;
                    }
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return last;
    }
}
