package be.ghelamcoalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.LightDecision.Cause;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LightDecisionTest {
    private static final Instant LIT = Instant.parse("2026-12-09T16:45:00.300Z");

    private static LightDecision blinking(Duration period) {
        return new LightDecision(
                LightPattern.SLOW_BLINK,
                Cause.ALERT_DUE,
                "overdue: test",
                Optional.empty(),
                Optional.empty(),
                LIT,
                period);
    }

    @Test
    void theNextToggleIsWhereTheBlinkReallySwitches() {
        for (var period : new Duration[] {Duration.ofSeconds(2), Duration.ofMillis(1001), Duration.ofSeconds(10)}) {
            var decision = blinking(period);
            for (Instant now = LIT.minusSeconds(3); now.isBefore(LIT.plusSeconds(30)); now = now.plusMillis(137)) {
                var toggle = decision.nextToggleAfter(now).orElseThrow();
                assertThat(toggle).isAfter(now);
                boolean on = decision.energizedAt(now);
                assertThat(decision.energizedAt(toggle.minusMillis(1)))
                        .as("just before the toggle at %s", toggle)
                        .isEqualTo(on);
                if (!toggle.minusMillis(1).isBefore(LIT) || !now.isBefore(LIT)) {
                    assertThat(decision.energizedAt(toggle))
                            .as("at the toggle %s (period %s)", toggle, period)
                            .isNotEqualTo(on);
                }
            }
        }
    }

    @Test
    void aSteadyOrNoLightNeverToggles() {
        var steady = new LightDecision(
                LightPattern.STEADY,
                Cause.ALERT_DUE,
                "warning: test",
                Optional.empty(),
                Optional.empty(),
                LIT,
                Duration.ofSeconds(2));

        assertThat(steady.nextToggleAfter(LIT)).isEmpty();
        assertThat(LightDecision.off(Duration.ofSeconds(2)).nextToggleAfter(LIT))
                .isEmpty();
    }
}
