package be.ghelamcoalert.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
        var reaching = classesThatReachAnOutsidePart(classes);
        assertThat(testClasses(classes, false)
                        .filter(test -> reaches(test, reaching))
                        .map(JavaClass::getName))
                .as("tests that reach an H2 file, JavaFX, a process, a socket or the broker without @IntegrationTest")
                .isEmpty();
    }

    @ArchTest
    static void integrationTestsReachAnOutsidePart(JavaClasses classes) {
        var reaching = classesThatReachAnOutsidePart(classes);
        assertThat(testClasses(classes, true)
                        .filter(test -> !reaches(test, reaching))
                        .map(JavaClass::getName))
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
        return javaClass
                .getSource()
                .map(source -> source.getUri().toString().contains("/test-classes/"))
                .orElse(false);
    }

    /** The class or one of its nested classes (JUnit's @Nested ones are never referenced by their outer class). */
    private static boolean reaches(JavaClass test, Set<String> reaching) {
        return reaching.stream().anyMatch(name -> name.equals(test.getName()) || name.startsWith(test.getName() + "$"));
    }

    /**
     * The project's classes from which a chain of direct dependencies leads to an outside part: those that
     * use one directly, then, backwards along the dependencies, every class that uses one of those.
     */
    private static Set<String> classesThatReachAnOutsidePart(JavaClasses classes) {
        Map<String, Set<String>> usedBy = new HashMap<>();
        var todo = new ArrayDeque<String>();
        for (var javaClass : classes) {
            for (var dependency : javaClass.getDirectDependenciesFromSelf()) {
                var target = dependency.getTargetClass();
                if (OUTSIDE_PART.test(target)) {
                    todo.push(javaClass.getName());
                } else if (target.getPackageName().startsWith(PROJECT)) {
                    usedBy.computeIfAbsent(target.getName(), name -> new HashSet<>())
                            .add(javaClass.getName());
                }
            }
        }
        Set<String> reaching = new HashSet<>();
        while (!todo.isEmpty()) {
            var name = todo.pop();
            if (reaching.add(name)) {
                usedBy.getOrDefault(name, Set.of()).forEach(todo::push);
            }
        }
        return reaching;
    }
}
