package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.command.RunLightTest;
import java.time.Duration;

/** Lights the alarm for a short test (the alarm engine provides it). */
public interface LightTester {

    void runLightTest(Duration duration, Actor actor);

    /** How long a test lasts when nobody says (configured; 5 s by default). */
    default Duration defaultDuration() {
        return RunLightTest.DEFAULT;
    }
}
