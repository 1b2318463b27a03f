package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiEventRepository;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.LocalWebServer;
import be.ghelamcoalert.ui.start.StartPicture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator command against a local web server, as an operator would run it. */
@IntegrationTest
class FixturesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final LocalWebServer server = new LocalWebServer();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;
    /** The Saturday before and the Sunday of the next spring clock change. */
    private LocalDate winterSaturday;

    private LocalDate summerSunday;

    @BeforeEach
    void writeConfig() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        var change = LocalDate.of(today.getYear(), 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        summerSunday = change.isAfter(today.plusDays(1))
                ? change
                : LocalDate.of(today.getYear() + 1, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        winterSaturday = summerSunday.minusDays(1);
        config = dir.resolve("fixtures.yaml");
        Files.writeString(config, """
                sources:
                  - name: club
                    url: %s
                    row: "//table[@class='fixtures']/tbody/tr"
                    fields:
                      id: "./@data-match-id"
                      date: "./td[@class='date']"
                      time: "./td[@class='time']"
                      home: "./td[@class='home']"
                      away: "./td[@class='away']"
                      competition: "./td[@class='competition']"
                      venue: "./td[@class='venue']"
                  - name: arena
                    type: ICAL
                    url: %s
                http:
                  attempts: 1
                  timeout: PT2S
                """.formatted(server.url("/club"), server.url("/arena.ics")));
        server.serve(
                "/arena.ics",
                200,
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//NL\r\nBEGIN:VEVENT\r\n"
                        + "UID:concert@arena\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:"
                        + summerSunday.plusDays(7).toString().replace("-", "")
                        + "\r\nSUMMARY:Concert\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                java.time.Duration.ZERO);
        server.html(
                "/club",
                FixturePage.of(
                                match(
                                                winterSaturday.toString(),
                                                "20:45",
                                                "KAA Gent",
                                                "Club Brugge",
                                                "Jupiler Pro League",
                                                "")
                                        .withId("m1"),
                                match(
                                        summerSunday.toString(),
                                        "14u30",
                                        "KAA Gent",
                                        "Genk",
                                        "Jupiler Pro League",
                                        "Planet Group Arena"),
                                match(
                                        summerSunday.plusDays(3).toString(),
                                        "TBC",
                                        "KAA Gent",
                                        "Standard",
                                        "Croky Cup",
                                        "Koning Boudewijnstadion"))
                        .table());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        var cli = KioskCommandLine.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        var all = new ArrayList<>(List.of(
                "fixtures",
                "--kiosk-config",
                dir.resolve("none.yaml").toString(),
                "--data-dir",
                dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    private List<JsonNode> lines(String type) throws Exception {
        var result = new ArrayList<JsonNode>();
        for (var line : out.toString().lines().toList()) {
            var node = JSON.readTree(line);
            if (node.get("type").asText().equals(type)) {
                result.add(node);
            }
        }
        return result;
    }

    private int storedEvents() {
        try (var db = Database.open(dir.resolve("data"))) {
            return new JdbiEventRepository(db).all().size();
        }
    }

    @Test
    void printsEveryFixtureAsOneJsonObjectPerLineWithItsOffset() throws Exception {
        assertThat(run("--config", config.toString(), "--json", "--dry-run")).isEqualTo(ExitCodes.OK);

        var fixtures = lines("fixture");
        assertThat(fixtures).hasSize(4);
        var brugge = fixtures.get(0);
        assertThat(brugge.get("start").asText()).isEqualTo(winterSaturday + "T20:45:00+01:00");
        assertThat(brugge.get("home").asText()).isEqualTo("KAA Gent");
        assertThat(brugge.get("away").asText()).isEqualTo("Club Brugge");
        assertThat(brugge.get("competition").asText()).isEqualTo("Jupiler Pro League");
        assertThat(brugge.get("venue").isNull()).isTrue();
        assertThat(brugge.get("atOurVenue").asBoolean()).isTrue();
        assertThat(brugge.get("id").asText())
                .startsWith("m-")
                .endsWith("jupiler-pro-league-kaa-gent-v-club-brugge-" + winterSaturday);
        assertThat(brugge.get("recognisedBy").asText()).isEqualTo("NEW");
        assertThat(brugge.get("sourceId").asText()).isEqualTo("m1");
        assertThat(fixtures.get(1).get("start").asText()).isEqualTo(summerSunday + "T14:30:00+02:00");
        var cup = fixtures.get(2);
        assertThat(cup.has("start")).isFalse();
        assertThat(cup.get("date").asText()).isEqualTo(summerSunday.plusDays(3).toString());
        assertThat(cup.get("time").asText()).isEqualTo("TBC");
        assertThat(cup.get("atOurVenue").asBoolean()).isFalse();
        assertThat(fixtures.get(3).get("title").asText()).isEqualTo("Concert");
        assertThat(lines("change"))
                .extracting(n -> n.get("action").asText())
                .containsExactly("CREATED", "CREATED", "CREATED");
        assertThat(lines("source")).extracting(n -> n.get("health").asText()).containsExactly("OK", "OK");
        assertThat(storedEvents()).as("a dry run changes nothing").isZero();
    }

    @Test
    void withoutDryRunTheImportIsAppliedAndASecondRunChangesNothing() throws Exception {
        assertThat(run("--config", config.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("3 changes").contains("club: OK");
        assertThat(storedEvents()).isEqualTo(3);

        out.getBuffer().setLength(0);
        assertThat(run("--config", config.toString(), "--json")).isEqualTo(ExitCodes.OK);
        assertThat(lines("change")).isEmpty();
    }

    /** The kiosk's start picture would show the events as they were before the import: it goes; a dry run keeps it. */
    @Test
    void anImportDiscardsTheKiosksStartPictureADryRunKeepsIt() throws Exception {
        assertThat(run("--config", config.toString(), "--dry-run")).isEqualTo(ExitCodes.OK);
        var pictures = DataDirectory.startPictures(dir.resolve("data"));
        var picture =
                new StartPicture(2, 2, false, Instant.now().plusSeconds(3600), new byte[StartPicture.byteCount(2, 2)]);
        pictures.keep(picture);

        assertThat(run("--config", config.toString(), "--dry-run")).isEqualTo(ExitCodes.OK);
        assertThat(pictures.showableAt(Instant.now())).contains(picture);

        assertThat(run("--config", config.toString())).isEqualTo(ExitCodes.OK);
        assertThat(pictures.path()).doesNotExist();
    }

    /** A season with play-offs: the same pairing at our venue three times, and another twice. */
    @Test
    void everyMatchOfASeasonWithPlayOffsHasItsOwnIdAndItsOwnEvent() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        var dates = List.of(
                today.plusDays(10), today.plusDays(40), today.plusDays(70), today.plusDays(100), today.plusDays(120));
        server.html(
                "/club",
                FixturePage.of(
                                match(
                                        dates.get(0).toString(),
                                        "18u30",
                                        "KAA Gent",
                                        "Anderlecht",
                                        "Jupiler Pro League",
                                        ""),
                                match(
                                        dates.get(1).toString(),
                                        "20u45",
                                        "KAA Gent",
                                        "Club Brugge",
                                        "Jupiler Pro League",
                                        ""),
                                match(
                                        dates.get(2).toString(),
                                        "TBC",
                                        "KAA Gent",
                                        "Anderlecht",
                                        "Jupiler Pro League",
                                        ""),
                                match(
                                        dates.get(3).toString(),
                                        "TBC",
                                        "KAA Gent",
                                        "Club Brugge",
                                        "Jupiler Pro League",
                                        ""),
                                match(
                                        dates.get(4).toString(),
                                        "TBC",
                                        "KAA Gent",
                                        "Anderlecht",
                                        "Jupiler Pro League",
                                        ""))
                        .table());

        assertThat(run("--config", config.toString(), "--json", "--dry-run")).isEqualTo(ExitCodes.OK);
        var ids = lines("fixture").stream()
                .filter(n -> n.get("source").asText().equals("club"))
                .map(n -> n.get("id").asText())
                .toList();
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        assertThat(lines("change"))
                .filteredOn(n -> n.get("action").asText().equals("CREATED"))
                .hasSize(6);

        out.getBuffer().setLength(0);
        assertThat(run("--config", config.toString())).isEqualTo(ExitCodes.OK);
        assertThat(storedEvents()).as("five matches and the concert").isEqualTo(6);

        out.getBuffer().setLength(0);
        assertThat(run("--config", config.toString(), "--json", "--dry-run")).isEqualTo(ExitCodes.OK);
        var again = lines("fixture").stream()
                .filter(n -> n.get("source").asText().equals("club"))
                .toList();
        assertThat(again).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(ids);
        assertThat(again).extracting(n -> n.get("recognisedBy").asText()).containsOnly("SAME_DATE");
        assertThat(lines("change")).isEmpty();
    }

    @Test
    void aQuarantinedSourceExitsWithThree() throws Exception {
        server.html(
                "/club", "<html><head><title>Cookie-instellingen</title></head><body>Accepteer cookies</body></html>");

        assertThat(run("--config", config.toString(), "--json", "--dry-run")).isEqualTo(ExitCodes.QUARANTINED);

        assertThat(lines("source").getFirst().get("reason").asText())
                .contains("quarantined: zero rows")
                .contains("cookie-consent");
    }

    @Test
    void anUnreachableSourceExitsWithFour() {
        server.failNext("/club", 1, 500);
        assertThat(run("--config", config.toString(), "--dry-run")).isEqualTo(ExitCodes.SOURCE_UNAVAILABLE);
        assertThat(out.toString()).contains("HTTP 500");
    }

    @Test
    void aBadConfigurationExitsWithTwoAndNamesTheKey() throws Exception {
        Files.writeString(config, Files.readString(config).replace("./td[@class='home']", "./td[@class='home'"));

        assertThat(run("--config", config.toString())).isEqualTo(ExitCodes.BAD_CONFIG);

        assertThat(err.toString())
                .contains(config.toString())
                .contains("sources[0]")
                .contains("fields.home")
                .contains("not a valid XPath");
    }

    @Test
    void readsASavedPageOrCalendarGivenWithSource() throws Exception {
        var saved = dir.resolve("saved.html");
        Files.writeString(
                saved,
                FixturePage.of(match(
                                summerSunday.toString(), "18.30", "KAA Gent", "Westerlo", "Jupiler Pro League", ""))
                        .table());

        assertThat(run("--config", config.toString(), "--source", saved.toString(), "--json", "--dry-run"))
                .isEqualTo(ExitCodes.OK);

        assertThat(lines("fixture"))
                .singleElement()
                .satisfies(n -> assertThat(n.get("away").asText()).isEqualTo("Westerlo"));
        assertThat(lines("source"))
                .singleElement()
                .satisfies(n -> assertThat(n.get("source").asText()).isEqualTo("club"));

        out.getBuffer().setLength(0);
        assertThat(run("--config", config.toString(), "--source", server.url("/arena.ics"), "--json", "--dry-run"))
                .isEqualTo(ExitCodes.OK);
        assertThat(lines("fixture")).singleElement().satisfies(n -> {
            assertThat(n.get("time").asText()).isEqualTo("TBC");
            assertThat(n.get("atOurVenue").asBoolean()).isTrue();
        });
    }
}
