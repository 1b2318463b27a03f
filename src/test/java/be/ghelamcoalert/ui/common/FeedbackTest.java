package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    private final MutableClock clock = MutableClock.at(TestEvents.brussels(2026, 11, 28, 10, 0));
    private final Feedback feedback = new Feedback(clock);

    @Test
    void aMessageFadesAfterItsTimeAndARefusalStaysLonger() {
        feedback.info("done");
        clock.advance(Feedback.SHOW_FOR.minusSeconds(1));
        feedback.tick();
        assertThat(feedback.messageProperty().get()).isEqualTo("done");
        clock.advance(Duration.ofSeconds(1));
        feedback.tick();
        assertThat(feedback.messageProperty().get()).isEmpty();

        feedback.error("refused");
        clock.advance(Feedback.SHOW_FOR);
        feedback.tick();
        assertThat(feedback.messageProperty().get()).isEqualTo("refused");
        assertThat(feedback.errorProperty().get()).isTrue();
        clock.advance(Feedback.SHOW_FOR);
        feedback.tick();
        assertThat(feedback.messageProperty().get()).isEmpty();
    }
}
