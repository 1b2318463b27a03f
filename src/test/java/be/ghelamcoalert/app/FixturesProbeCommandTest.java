package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.LocalWebServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'fixtures probe URL' as an operator runs it: its first suggestion, pasted into fixtures.yaml, imports the page. */
@IntegrationTest
class FixturesProbeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final LocalWebServer server = new LocalWebServer();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private LocalDate day;

    @BeforeEach
    void page() {
        day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(10);
        server.html(
                "/wedstrijden",
                FixturePage.of(
                                match(
                                                day.toString(),
                                                "20:45",
                                                "KAA Gent",
                                                "Club Brugge",
                                                "Jupiler Pro League",
                                                "Planet Group Arena")
                                        .withId("m1"),
                                match(
                                                day.plusDays(7).toString(),
                                                "TBC",
                                                "Standard",
                                                "KAA Gent",
                                                "Croky Cup",
                                                "Stade de Sclessin")
                                        .withId("m2"),
                                match(
                                                day.plusDays(14).toString(),
                                                "18u30",
                                                "KAA Gent",
                                                "KRC Genk",
                                                "Jupiler Pro League",
                                                "Planet Group Arena")
                                        .withId("m3"))
                        .table());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        var cli = KioskCommandLine.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int probe(String... args) {
        var all = new ArrayList<>(List.of(
                "fixtures",
                "probe",
                "--config",
                dir.resolve("none.yaml").toString(),
                "--kiosk-config",
                dir.resolve("none.yaml").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void theFirstSuggestionPastedIntoTheConfigurationReadsEveryMatch() throws Exception {
        assertThat(probe(server.url("/wedstrijden"))).isEqualTo(ExitCodes.OK);

        var printed = out.toString();
        assertThat(printed)
                .startsWith("Suggestion 1: 3 rows, 3 read, 0 unreadable")
                .contains("    row: \"//table[@class='fixtures']/tbody/tr\"")
                .contains(day + " 20:45  KAA Gent - Club Brugge  Jupiler Pro League  @ Planet Group Arena  id m1")
                .contains("Standard - KAA Gent  Croky Cup  @ Stade de Sclessin  id m2");
        var entry = printed.lines()
                .dropWhile(l -> !l.startsWith("  - name:"))
                .takeWhile(l -> !l.equals("  reads:"))
                .toList();
        var config = dir.resolve("fixtures.yaml");
        Files.writeString(config, "sources:\n" + String.join("\n", entry) + "\nhttp:\n  attempts: 1\n");

        assertThat(run(
                        "fixtures",
                        "--config",
                        config.toString(),
                        "--kiosk-config",
                        dir.resolve("none.yaml").toString(),
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--dry-run",
                        "--json"))
                .as(err.toString())
                .isEqualTo(ExitCodes.OK);
        var fixtures = out.toString()
                .lines()
                .map(this::json)
                .filter(n -> n.get("type").asText().equals("fixture"))
                .toList();
        assertThat(fixtures).extracting(n -> n.get("sourceId").asText()).containsExactly("m1", "m2", "m3");
        assertThat(fixtures.getFirst().get("start").asText()).startsWith(day + "T20:45");
        assertThat(fixtures.get(1).get("time").asText()).isEqualTo("TBC");
    }

    @Test
    void withJsonOneObjectPerSuggestion() throws Exception {
        assertThat(probe(server.url("/wedstrijden"), "--json", "--rows", "2")).isEqualTo(ExitCodes.OK);

        var first = json(out.toString().lines().findFirst().orElseThrow());
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("sourceType").asText()).isEqualTo("HTML");
        assertThat(first.get("fields").get("home").asText()).isEqualTo(".//td[@class='home']");
        assertThat(first.get("rows").asInt()).isEqualTo(3);
        assertThat(first.get("fixtures")).hasSize(2);
    }

    @Test
    void aPageWithoutOurMatchesSaysSoAndSuggestsScripts() {
        server.html(
                "/app", "<html><body><div id='app'>Laden...</div><script>/* builds the list */</script></body></html>");

        assertThat(probe(server.url("/app"))).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("Nothing on " + server.url("/app")).contains("try --javascript");
    }

    @Test
    void anUnreachablePageIsASourceFailure() {
        assertThat(probe(server.url("/gone"))).isEqualTo(ExitCodes.SOURCE_UNAVAILABLE);
        assertThat(err.toString()).contains("HTTP 404");
    }

    @Test
    void theImportStillNeedsItsConfiguration() {
        assertThat(run("fixtures", "--dry-run")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--config=<configFile>'");
    }

    private com.fasterxml.jackson.databind.JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
