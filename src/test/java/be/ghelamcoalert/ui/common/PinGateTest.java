package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PinGateTest {
    private final MutableClock clock = MutableClock.at(TestEvents.brussels(2026, 11, 28, 10, 0));
    private final PinGate gate = new PinGate("2468", clock);

    @Test
    void onlyTheRightPinOpens() {
        assertThat(gate.attempt("1234")).isEqualTo(PinGate.Result.WRONG);
        assertThat(gate.attempt("24680")).isEqualTo(PinGate.Result.WRONG);
        assertThat(gate.attempt("")).isEqualTo(PinGate.Result.WRONG);
        assertThat(gate.attempt("2468")).isEqualTo(PinGate.Result.ACCEPTED);
    }

    @Test
    void fiveWrongTriesLockEvenTheRightPinUntilTheLockoutEnds() {
        for (int i = 0; i < PinGate.MAX_FAILURES - 1; i++) {
            assertThat(gate.attempt("0000")).isEqualTo(PinGate.Result.WRONG);
        }
        assertThat(gate.attempt("0000")).isEqualTo(PinGate.Result.LOCKED);
        assertThat(gate.attempt("2468")).isEqualTo(PinGate.Result.LOCKED);
        assertThat(gate.lockedUntil()).contains(clock.instant().plus(PinGate.LOCKOUT));

        clock.advance(PinGate.LOCKOUT.minusSeconds(1));
        assertThat(gate.attempt("2468")).isEqualTo(PinGate.Result.LOCKED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(gate.attempt("2468")).isEqualTo(PinGate.Result.ACCEPTED);
        assertThat(gate.lockedUntil()).isEmpty();
    }

    @Test
    void aRightPinResetsTheCountOfWrongOnes() {
        for (int i = 0; i < PinGate.MAX_FAILURES - 1; i++) {
            gate.attempt("0000");
        }
        gate.attempt("2468");

        assertThat(gate.attempt("0000")).isEqualTo(PinGate.Result.WRONG);
    }
}
