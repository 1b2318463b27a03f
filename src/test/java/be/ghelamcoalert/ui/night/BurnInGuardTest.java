package be.ghelamcoalert.ui.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class BurnInGuardTest {

    @Test
    void theHeroWandersAFewPixelsMinuteByMinuteAndRepeatsHourly() {
        var start = Instant.parse("2026-11-28T16:00:00Z");
        var shifts = new HashSet<BurnInGuard.Shift>();
        for (int minute = 0; minute < 60; minute++) {
            var shift = BurnInGuard.at(start.plus(Duration.ofMinutes(minute)));
            assertThat(Math.abs(shift.x())).isLessThanOrEqualTo(BurnInGuard.MAX_SHIFT);
            assertThat(Math.abs(shift.y())).isLessThanOrEqualTo(BurnInGuard.MAX_SHIFT);
            shifts.add(shift);
        }
        assertThat(shifts).hasSizeGreaterThan(10);
        assertThat(BurnInGuard.at(start.plusSeconds(59))).isEqualTo(BurnInGuard.at(start));
        assertThat(BurnInGuard.at(start.plus(Duration.ofHours(1)))).isEqualTo(BurnInGuard.at(start));
    }
}
