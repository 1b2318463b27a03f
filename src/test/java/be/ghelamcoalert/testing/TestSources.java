package be.ghelamcoalert.testing;

import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.FixtureSourceConfig;
import java.time.Duration;
import java.time.ZoneId;

/** Source configurations matching the layouts of {@link FixturePage}. */
public final class TestSources {
    private TestSources() {}

    public static final FixtureSourceConfig.Fields TABLE_FIELDS = new FixtureSourceConfig.Fields(
            "./@data-match-id",
            "./td[@class='date']",
            "./td[@class='time']",
            "./td[@class='home']",
            "./td[@class='away']",
            "./td[@class='competition']",
            "./td[@class='venue']",
            "./td[@class='status']");

    public static FixtureSourceConfig table(String name, String url) {
        return table(name, url, ZoneId.of("Europe/Brussels"));
    }

    public static FixtureSourceConfig table(String name, String url, ZoneId zone) {
        return new FixtureSourceConfig(
                name,
                FixtureSourceConfig.Type.HTML,
                url,
                zone,
                null,
                null,
                null,
                "//table[@class='fixtures']/tbody/tr",
                TABLE_FIELDS,
                null,
                null,
                null);
    }

    /** The table layout, built by the page's scripts (see {@link ScriptedFixturePage}), read once they ran. */
    public static FixtureSourceConfig scripted(String name, String url, Duration scriptTime) {
        return new FixtureSourceConfig(
                name,
                FixtureSourceConfig.Type.HTML,
                url,
                null,
                null,
                null,
                null,
                "//table[@class='fixtures']/tbody/tr",
                TABLE_FIELDS,
                null,
                null,
                null,
                true,
                null,
                scriptTime);
    }

    public static FixtureSourceConfig list(String name, String url) {
        return new FixtureSourceConfig(
                name,
                FixtureSourceConfig.Type.HTML,
                url,
                null,
                null,
                null,
                null,
                "//ul[@id='kalender']/li[contains(@class,'match')]",
                new FixtureSourceConfig.Fields(
                        null,
                        ".//div[@class='when']",
                        null,
                        ".//span[contains(@class,'home')]",
                        ".//span[contains(@class,'away')]",
                        ".//p[@class='comp']",
                        null,
                        null),
                null,
                null,
                null);
    }

    /** {@link LeagueFeed#league()}: JSON Pointers into a league API's matches. */
    public static FixtureSourceConfig league(String name, String url) {
        return json(
                name,
                url,
                null,
                "/matches",
                new FixtureSourceConfig.Fields(
                        "/id",
                        "/utcDate",
                        null,
                        "/homeTeam/name",
                        "/awayTeam/name",
                        "/competition/name",
                        "/venue",
                        "/status"));
    }

    /** {@link LeagueFeed#clubWithEpochMillis()}. */
    public static FixtureSourceConfig clubApi(String name, String url) {
        return json(
                name,
                url,
                null,
                "/data/fixtures",
                new FixtureSourceConfig.Fields(
                        "/matchId", "/kickoff", null, "/teams/home", "/teams/away", null, null, null));
    }

    /** {@link LeagueFeed#separateDateAndTime()}: the feed is the array. */
    public static FixtureSourceConfig separateDateAndTime(String name, String url, ZoneId zone) {
        return json(
                name,
                url,
                zone,
                "",
                new FixtureSourceConfig.Fields(null, "/date", "/time", "/home", "/away", null, null, null));
    }

    private static FixtureSourceConfig json(
            String name, String url, ZoneId zone, String row, FixtureSourceConfig.Fields fields) {
        return new FixtureSourceConfig(
                name, FixtureSourceConfig.Type.JSON, url, zone, null, null, null, row, fields, null, null, null);
    }

    public static FixtureSourceConfig ical(String name, String url) {
        return new FixtureSourceConfig(
                name, FixtureSourceConfig.Type.ICAL, url, null, null, null, null, null, null, null, null, null);
    }

    /** Short timeouts, three attempts, a backoff the tests' pause records instead of sleeping. */
    public static FixtureConfig.Http fastHttp() {
        return new FixtureConfig.Http(null, Duration.ofMillis(1500), 3, Duration.ofSeconds(2));
    }
}
