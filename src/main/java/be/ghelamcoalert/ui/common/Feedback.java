package be.ghelamcoalert.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one line that tells the person at the screen what their last action did, or why it was
 * refused. A message fades after a while ({@link #tick()}); a refusal stays twice as long.
 */
public final class Feedback {
    static final Duration SHOW_FOR = Duration.ofSeconds(8);

    private final Clock clock;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private Instant until = Instant.MIN;

    public Feedback(Clock clock) {
        this.clock = clock;
    }

    public void info(String text) {
        show(text, false, SHOW_FOR);
    }

    public void error(String text) {
        show(text, true, SHOW_FOR.multipliedBy(2));
    }

    private void show(String text, boolean isError, Duration duration) {
        message.set(text);
        error.set(isError);
        until = clock.instant().plus(duration);
    }

    public void clear() {
        message.set("");
        error.set(false);
    }

    /** Clears the message once its time is up. */
    public void tick() {
        if (!message.get().isEmpty() && !clock.instant().isBefore(until)) {
            clear();
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
