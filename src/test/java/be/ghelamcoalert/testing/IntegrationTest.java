package be.ghelamcoalert.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that works with real outside parts: an H2 file, the Mosquitto broker, a JavaFX
 * stage, a child process or a server socket. Failsafe runs these in {@code mvn verify}; Surefire's
 * {@code mvn test} leaves them out so that the unit tests stay a quick loop.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {
    String TAG = "integration";
}
