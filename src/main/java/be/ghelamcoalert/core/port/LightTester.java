package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.Actor;
import java.time.Duration;

/** Lights the alarm for a short test (the alarm engine provides it). */
public interface LightTester {

    void runLightTest(Duration duration, Actor actor);
}
