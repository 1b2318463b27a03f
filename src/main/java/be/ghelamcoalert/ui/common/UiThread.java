package be.ghelamcoalert.ui.common;

import javafx.application.Platform;

/** The one bridge onto the JavaFX application thread. Tests may run it in place. */
@FunctionalInterface
public interface UiThread {

    void run(Runnable update);

    static UiThread javaFx() {
        return update -> {
            if (Platform.isFxApplicationThread()) {
                update.run();
            } else {
                Platform.runLater(update);
            }
        };
    }

    /** On the JavaFX application thread after what it is doing now (a pulse, an event) is done. */
    static UiThread javaFxLater() {
        return Platform::runLater;
    }

    static UiThread inPlace() {
        return Runnable::run;
    }
}
