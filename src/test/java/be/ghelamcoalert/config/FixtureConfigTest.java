package be.ghelamcoalert.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureConfigTest {
    @TempDir
    Path dir;

    private FixtureConfig load(String yaml) throws Exception {
        var file = dir.resolve("fixtures.yaml");
        Files.writeString(file, yaml);
        return new ConfigLoader(Map.of()).load(file, FixtureConfig.class);
    }

    @Test
    void theShippedExampleLoads() {
        var config = new ConfigLoader(Map.of()).load(Path.of("kiosk-config/fixtures.yaml"), FixtureConfig.class);

        assertThat(config.sources()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("club-fixtures");
            assertThat(s.type()).isEqualTo(FixtureSourceConfig.Type.HTML);
            assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
            assertThat(s.fields().venue()).contains("venue");
        });
        assertThat(config.ourClub().venues()).containsExactly("Ghelamco Arena", "KAA Gent Arena", "Planet Group Arena");
        assertThat(config.schedule().every()).isEqualTo(Duration.ofHours(1));
        assertThat(config.guard().settings().maxAtVenueDrop()).isEqualTo(0.5);
        assertThat(config.guard().settings().maxCancelledShare()).isEqualTo(0.5);
        assertThat(config.guard().settings().maxAtVenueGrowth()).isEqualTo(3.0);
        assertThat(config.guard().settings().maxNewEvents()).isEqualTo(200);
        assertThat(config.http().maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(config.http().maxAttemptTime()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theFetchLimitsAndTheMassChangeThresholdsAreSettings() throws Exception {
        var config = load("http:\n  maxMegabytes: 2\n  maxAttemptTime: PT30S\n"
                + "guard:\n  maxCancelledShare: 0.3\n  maxAtVenueGrowth: 2.5\n  maxNewEvents: 50\n");
        assertThat(config.http().maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(config.http().maxAttemptTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.guard().settings().maxCancelledShare()).isEqualTo(0.3);
        assertThat(config.guard().settings().maxAtVenueGrowth()).isEqualTo(2.5);
        assertThat(config.guard().settings().maxNewEvents()).isEqualTo(50);
        var defaults = load("");
        assertThat(defaults.http().maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(defaults.http().maxAttemptTime()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anEmptyFileHasNoSourcesAndSensibleDefaults() throws Exception {
        var config = load("");
        assertThat(config.sources()).isEmpty();
        assertThat(config.ourClub().venue().isOurVenue("KAA Gent Arena")).isTrue();
        assertThat(config.http().userAgent()).startsWith("Mozilla/5.0");
    }

    @Test
    void mistakesNameTheKey() {
        assertThatThrownBy(() -> load("sources:\n  - name: Club\n    url: http://x\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources[0]")
                .hasMessageContaining("lower-case");
        assertThatThrownBy(
                        () -> load(
                                "sources:\n  - name: club\n    url: ftp://x\n    row: //tr\n    fields: {date: ./td, home: ./td, away: ./td}\n"))
                .hasMessageContaining("http, https or file");
        assertThatThrownBy(() -> load("sources:\n  - name: club\n    url: http://x\n    fields: {date: ./td}\n"))
                .hasMessageContaining("needs a 'row' XPath");
        assertThatThrownBy(() ->
                        load("sources:\n  - name: club\n    url: http://x\n    row: //tr\n    fields: {date: ./td}\n"))
                .hasMessageContaining("'home' and 'away'");
        assertThatThrownBy(
                        () -> load("sources:\n  - name: club\n    url: http://x\n    zone: Europe/Gent\n    row: //tr\n"
                                + "    fields: {date: ./td, home: ./td, away: ./td}\n"))
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> load("schedule:\n  every: PT1M\n"))
                .hasMessageContaining("schedule")
                .hasMessageContaining("PT5M");
        assertThatThrownBy(() -> load("guard:\n  maxAtVenueDrop: 1.5\n")).hasMessageContaining("maxAtVenueDrop");
        assertThatThrownBy(() -> load("guard:\n  maxAtVenueGrowth: 1\n")).hasMessageContaining("maxAtVenueGrowth");
        assertThatThrownBy(() -> load("guard:\n  maxNewEvents: 0\n")).hasMessageContaining("maxNewEvents");
        assertThatThrownBy(() -> load("http:\n  maxMegabytes: 0\n")).hasMessageContaining("maxMegabytes");
        assertThatThrownBy(() -> load("http:\n  timeout: PT20S\n  maxAttemptTime: PT10S\n"))
                .hasMessageContaining("maxAttemptTime");
        assertThatThrownBy(() -> load("ourClub:\n  venues: []\n")).hasMessageContaining("venue");
        assertThatThrownBy(
                        () -> load(
                                "sources:\n  - {name: a, type: ICAL, url: 'http://x'}\n  - {name: a, type: ICAL, url: 'http://y'}\n"))
                .hasMessageContaining("two sources are called 'a'");
        assertThatThrownBy(() -> load("sources:\n  - {name: a, type: ICAL, url: 'http://x', timePattern: '(\\d+)'}\n"))
                .hasMessageContaining("two groups");
        assertThatThrownBy(() -> load("sorces: []\n")).hasMessageContaining("not a known setting");
    }

    @Test
    void aScriptedPageAndAJsonFeedAreSources() throws Exception {
        var config = load("""
                sources:
                  - name: club-app
                    url: https://example.org/kalender
                    javascript: true
                    scriptTime: PT15S
                    row: "//div[@id='fixtures']//article"
                    fields: {date: ".//time", home: ".//span[@class='home']", away: ".//span[@class='away']"}
                  - name: league-api
                    type: JSON
                    url: https://api.example.org/v4/teams/1/matches
                    row: /matches
                    fields: {id: /id, date: /utcDate, home: /homeTeam/name, away: /awayTeam/name, status: /status}
                  - name: array-feed
                    type: JSON
                    url: https://example.org/feed.json
                    row: ""
                    fields: {date: /date, time: /time, home: /home, away: /a~1b}
                """);

        var app = config.sources().get(0);
        assertThat(app.javascript()).isTrue();
        assertThat(app.waitFor()).as("the row XPath by default").isEqualTo("//div[@id='fixtures']//article");
        assertThat(app.scriptTime()).isEqualTo(Duration.ofSeconds(15));
        var league = config.sources().get(1);
        assertThat(league.type()).isEqualTo(FixtureSourceConfig.Type.JSON);
        assertThat(league.javascript()).isFalse();
        assertThat(league.fields().home()).isEqualTo("/homeTeam/name");
        assertThat(config.sources().get(2).row()).isEmpty();
    }

    @Test
    void scriptsAndJsonPointersAreChecked() {
        assertThatThrownBy(
                        () -> load(
                                "sources:\n  - {name: a, type: JSON, url: 'http://x', row: 'matches', fields: {date: /d, home: /h, away: /a}}\n"))
                .hasMessageContaining("row 'matches' is not a JSON Pointer");
        assertThatThrownBy(
                        () -> load(
                                "sources:\n  - {name: a, type: JSON, url: 'http://x', row: /m, fields: {date: /d, home: /h, away: '/a~2'}}\n"))
                .hasMessageContaining("fields.away '/a~2' is not a JSON Pointer");
        assertThatThrownBy(
                        () -> load(
                                "sources:\n  - {name: a, type: JSON, url: 'http://x', fields: {date: /d, home: /h, away: /a}}\n"))
                .hasMessageContaining("needs a 'row' JSON Pointer");
        assertThatThrownBy(() ->
                        load("sources:\n  - {name: a, type: JSON, url: 'http://x', row: /m, fields: {date: /d}}\n"))
                .hasMessageContaining("'home' and 'away'");
        assertThatThrownBy(() -> load("sources:\n  - {name: a, type: ICAL, url: 'http://x', javascript: true}\n"))
                .hasMessageContaining("javascript is for HTML pages, not ICAL");
        assertThatThrownBy(() ->
                        load("sources:\n  - {name: a, url: 'http://x', javascript: true, waitFor: '//tr[', row: //tr,"
                                + " fields: {date: ./td, home: ./td, away: ./td}}\n"))
                .hasMessageContaining("waitFor '//tr[' is not a valid XPath");
        assertThatThrownBy(() ->
                        load("sources:\n  - {name: a, url: 'http://x', javascript: true, scriptTime: PT0S, row: //tr,"
                                + " fields: {date: ./td, home: ./td, away: ./td}}\n"))
                .hasMessageContaining("scriptTime");
    }

    @Test
    void anEnvironmentVariableOverridesAKey() throws Exception {
        var file = dir.resolve("fixtures.yaml");
        Files.writeString(file, "schedule:\n  every: PT1H\n");
        var config = new ConfigLoader(Map.of("GHELAMCO__SCHEDULE__EVERY", "PT2H")).load(file, FixtureConfig.class);
        assertThat(config.schedule().every()).isEqualTo(Duration.ofHours(2));
    }
}
