package be.ghelamcoalert.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Keeps {@code mvn test} a quick loop: a test class that reaches, through any chain of the
 * project's classes, an outside part (an H2 file, JavaFX, a child process, a socket, a native call,
 * the MQTT client) must say so with {@link IntegrationTest}, so that Failsafe runs it in
 * {@code mvn verify} instead; and a test that says so must need one.
 *
 * <p>The search is a plain walk over ArchUnit's direct dependencies, so that its answer does not
 * depend on the order in which classes were imported.
 */
@AnalyzeClasses(packages = "be.ghelamcoalert")
class TestSplitRulesTest {
    private static final String PROJECT = "be.ghelamcoalert";

    private static final Predicate<JavaClass> OUTSIDE_PART = target -> {
        var name = target.getName();
        return name.startsWith("org.h2.")
                || name.startsWith("org.jdbi.")
                || name.startsWith("org.testfx.")
                || name.equals("javafx.stage.Stage")
                || name.equals("javafx.application.Platform")
                || name.equals("java.lang.ProcessBuilder")
                || name.equals("java.lang.Process")
                || name.equals("java.net.ServerSocket")
                || name.equals("java.nio.channels.DatagramChannel")
                || name.equals("java.lang.foreign.Linker")
                || name.startsWith("com.sun.net.httpserver.")
                || name.startsWith("com.github.tomakehurst.wiremock.")
                || name.startsWith("software.amazon.awssdk.crt.");
    };

    @ArchTest
    static void testsThatReachAnOutsidePartAreIntegrationTests(JavaClasses classes) {
        assertThat(testClasses(classes, false).filter(test -> reachesAnOutsidePart(test, classes)).map(JavaClass::getName))
                .as("tests that reach an H2 file, JavaFX, a process, a socket or the broker without @IntegrationTest")
                .isEmpty();
    }

    @ArchTest
    static void integrationTestsReachAnOutsidePart(JavaClasses classes) {
        assertThat(testClasses(classes, true).filter(test -> !reachesAnOutsidePart(test, classes)).map(JavaClass::getName))
                .as("@IntegrationTest classes that need no outside part: they belong in the quick unit run")
                .isEmpty();
    }

    private static Stream<JavaClass> testClasses(JavaClasses classes, boolean tagged) {
        return classes.stream()
                .filter(javaClass -> javaClass.getSimpleName().endsWith("Test") && javaClass.isTopLevelClass())
                .filter(TestSplitRulesTest::isTestCode)
                .filter(javaClass -> javaClass.isAnnotatedWith(IntegrationTest.class) == tagged);
    }

    private static boolean isTestCode(JavaClass javaClass) {
        return javaClass.getSource().map(source -> source.getUri().toString().contains("/test-classes/")).orElse(false);
    }

    /** The class, its nested classes (JUnit's @Nested ones are never referenced by their outer class) and all they reach. */
    private static boolean reachesAnOutsidePart(JavaClass test, JavaClasses classes) {
        var todo = new ArrayDeque<JavaClass>();
        todo.push(test);
        classes.stream().filter(javaClass -> javaClass.getName().startsWith(test.getName() + "$")).forEach(todo::push);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            var current = todo.pop();
            if (!seen.add(current.getName())) {
                continue;
            }
            for (var dependency : current.getDirectDependenciesFromSelf()) {
                var target = dependency.getTargetClass();
                if (OUTSIDE_PART.test(target)) {
                    return true;
                }
                if (target.getPackageName().startsWith(PROJECT) && classes.contain(target.getName())) {
                    todo.push(classes.get(target.getName()));
                }
            }
        }
        return false;
    }
}
